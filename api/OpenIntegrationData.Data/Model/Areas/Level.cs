using NodaTime;

namespace OpenIntegrationData.Data.Model.Areas;

/// <summary>A named level of areas in one municipality (table <c>area_level</c>; GraphQL type <c>Level</c>): Stadtbezirk, Bezirksregion, Planungsraum …</summary>
public sealed class Level
{
    public long Id { get; set; }

    public long MunicipalityId { get; set; }

    public required string Key { get; set; }

    public required string NameDe { get; set; }

    public required string NameEn { get; set; }

    public short Depth { get; set; }

    public LocalDate? ValidFrom { get; set; }

    public LocalDate? ValidUntil { get; set; }

    public string? DescriptionDe { get; set; }

    public string? DescriptionEn { get; set; }

    public long SourceId { get; set; }
}
