using OpenIntegrationData.SeedBuilder.Nationalities;
using OpenIntegrationData.SeedBuilder.Readers.BadenWuerttemberg;
using OpenIntegrationData.SeedBuilder.Readers.SharedData;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>
/// The seed builder: the nine Stadtkreise of Baden-Württemberg (Stuttgart, Mannheim, Karlsruhe, Freiburg, …) as
/// municipalities, with foreigners by nationality (Ausländerzentralregister) and population by age × German / foreign.
/// The 35 Landkreise are not municipalities and stay out.
/// </summary>
internal sealed partial class SeedDataBuilder
{
    private const string BwNationalities = "destatis-genesis-12521-0041";
    private const string BwPopulation = "destatis-genesis-12411-03-03-4-b";
    private const string ForeignersAzr = "foreigners-azr";
    private const string PopulationUpdate = "population-update";
    private const string UnknownNationalityGroup = "destatis-998-999";

    private void AddBadenWuerttemberg()
    {
        var folder = Path.Combine(raw.Folder, "cities", "baden-wuerttemberg");
        var names = new NationalityNames(CodeListReaders.ReadDestatis(Path.Combine(raw.Folder, "destatis_staatsangehoerigkeit.csv")));
        var nationalities = BwJsonReader.ReadNationalities(Path.Combine(folder, "district-nationalities-2025.json"), names);
        var population = BwJsonReader.ReadAgeNationality(Path.Combine(folder, "district-age-nationality-2025.json"));
        AddGroup(UnknownNationalityGroup, "statistical_code", "Ungeklärt / ohne Angabe", "Unclear or not stated",
            "Destatis-Schlüssel 998 (ungeklärt) und 999 (ohne Angabe), in GENESIS in einer Zeile ausgewiesen.",
            "Destatis codes 998 (unclear) and 999 (not stated), which GENESIS reports in one row.", Destatis);
        var date = population.Facts.ReferenceDate;
        foreach (var kreis in population.Kreise.Where(k => k.Kreis.Name.EndsWith(", Stadtkreis", StringComparison.Ordinal)).OrderBy(k => k.Kreis.Id, StringComparer.Ordinal))
        {
            var ags = kreis.Kreis.Id + "000";
            AddCityMunicipality(ags, kreis.Kreis.Name[..kreis.Kreis.Name.IndexOf(',', StringComparison.Ordinal)], kreis.Kreis.Name, "Baden-Württemberg", "Stadtkreis", null,
                new CityFigure(ags, null, null, PopulationUpdate, date.Year, date, "year", kreis.Population, BwPopulation), BwPopulation);
            CityFigure Figure(string measure, int persons, string source) => new(ags, null, null, measure, date.Year, date, "year", persons, source);
            AddCityFigure(Figure(PopulationUpdate, kreis.Population, BwPopulation));
            AddCityFigure(Figure(PopulationUpdate, kreis.German, BwPopulation) with { Alpha2 = "DE" });
            AddCityFigure(Figure(PopulationUpdate, kreis.Foreign, BwPopulation) with { Group = "foreign" });
            foreach (var age in kreis.ByAge)
            {
                var group = AgeGroup(age.Group.From, age.Group.Under);
                AddCityFigure(Figure(PopulationUpdate, age.Total, BwPopulation) with { AgeGroup = group });
                AddCityFigure(Figure(PopulationUpdate, age.German, BwPopulation) with { AgeGroup = group, Alpha2 = "DE" });
                AddCityFigure(Figure(PopulationUpdate, age.Foreign, BwPopulation) with { AgeGroup = group, Group = "foreign" });
            }
            var register = nationalities.Kreise.Single(k => k.Kreis.Id == kreis.Kreis.Id);
            AddCityFigure(Figure(ForeignersAzr, register.ForeignTotal, BwNationalities) with { Group = "foreign" });
            foreach (var count in register.Nationalities)
            {
                AddCityFigure(Figure(ForeignersAzr, count.Count, BwNationalities) with
                {
                    Alpha2 = count.Nationality.Alpha2,
                    Group = count.Nationality.Alpha2 is null ? NationalityGroupOf(count.Nationality) : null,
                    Note = count.Nationality.Name == count.Nationality.Name.Trim() && count.Nationality.Basis.StartsWith("spelled so", StringComparison.Ordinal)
                        ? null : $"GENESIS: {count.Nationality.Name}",
                });
            }
        }
    }

    /// <summary>A nationality without an ISO country is one of the Destatis-code groups (destatis-NNN).</summary>
    private static string NationalityGroupOf(NationalityCode code) =>
        code.DestatisCodes.Count == 1 ? "destatis-" + code.DestatisCodes[0] : UnknownNationalityGroup;
}
