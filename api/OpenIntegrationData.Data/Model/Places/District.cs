using NetTopologySuite.Geometries;
using NodaTime;

namespace OpenIntegrationData.Data.Model.Places;

/// <summary>A city district (Stadtbezirk) of a municipality (table <c>district</c>).</summary>
public sealed class District : IPopulationFigure, IBoundary
{
    public long Id { get; set; }

    public long MunicipalityId { get; set; }

    public required string Name { get; set; }

    public string? Number { get; set; }

    public int SortOrder { get; set; }

    public decimal? AreaKm2 { get; set; }

    public short? AreaReferenceYear { get; set; }

    public int? Population { get; set; }

    public short? PopulationYear { get; set; }

    public LocalDate? PopulationReferenceDate { get; set; }

    public long? PopulationSourceId { get; set; }

    public long SourceId { get; set; }

    /// <summary>The same place as an area of the hierarchy (kept in step by the database).</summary>
    public long? AreaId { get; set; }

    public MultiPolygon? Boundary { get; set; }
}
