using NetTopologySuite.Geometries;
using NodaTime;
using OpenIntegrationData.Data.Model.Places;

namespace OpenIntegrationData.Data.Model.Areas;

/// <summary>An area of a municipality on one of its levels, with its code, parent and validity (table <c>area</c>).</summary>
public sealed class Area : IMappedOutline
{
    public long Id { get; set; }

    public long MunicipalityId { get; set; }

    public long LevelId { get; set; }

    public required string Code { get; set; }

    public string? Name { get; set; }

    public long? ParentId { get; set; }

    public LocalDate? ValidFrom { get; set; }

    public LocalDate? ValidUntil { get; set; }

    public int? SortOrder { get; set; }

    public decimal? AreaKm2 { get; set; }

    public MultiPolygon? Boundary { get; set; }

    public long? BoundarySourceId { get; set; }

    public double? BoundaryAreaKm2 { get; set; }

    public Point? RepresentativePoint { get; set; }

    public long SourceId { get; set; }
}
