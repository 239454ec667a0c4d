namespace OpenIntegrationData.Data.Model.Areas;

/// <summary>What a figure counts and how (table <c>measure</c>); figures of different measures are never added up.</summary>
public sealed class Measure
{
    public long Id { get; set; }

    public required string Key { get; set; }

    public required string NameDe { get; set; }

    public required string NameEn { get; set; }

    public string? DescriptionDe { get; set; }

    public string? DescriptionEn { get; set; }

    public required string UnitDe { get; set; }

    public required string UnitEn { get; set; }

    public required string Kind { get; set; }

    public long? SourceId { get; set; }
}
