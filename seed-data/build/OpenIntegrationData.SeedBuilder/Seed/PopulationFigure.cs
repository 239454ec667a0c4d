namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>One count of residents, with the same dimensions as population_observation.csv.</summary>
internal sealed record PopulationFigure(
    string Ags, string? District, string? SubDistrict, string? Alpha2, string? Group, string Category, string? Sex,
    Period Period, int Persons, string SourceKey, bool IsIllustrative, string? Note)
{
    public string Key => string.Join("|", Ags, District, SubDistrict, Alpha2, Group, Category, Sex, Period.Year);
}
