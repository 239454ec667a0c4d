using NetTopologySuite.Geometries;
using NodaTime;

namespace OpenIntegrationData.Data.Model.Places;

/// <summary>A German municipality (Gemeinde), identified by its AGS (table <c>municipality</c>).</summary>
public sealed class Municipality : IPopulationFigure, IMappedOutline
{
    public long Id { get; set; }

    public required string Ags { get; set; }

    public required string Name { get; set; }

    public string? OfficialName { get; set; }

    public required string State { get; set; }

    public required string Type { get; set; }

    public decimal? AreaKm2 { get; set; }

    public int? Population { get; set; }

    public short? PopulationYear { get; set; }

    public LocalDate? PopulationReferenceDate { get; set; }

    public long? PopulationSourceId { get; set; }

    public long SourceId { get; set; }

    public MultiPolygon? Boundary { get; set; }

    public long? BoundarySourceId { get; set; }

    public double? BoundaryAreaKm2 { get; set; }

    public Point? RepresentativePoint { get; set; }
}
