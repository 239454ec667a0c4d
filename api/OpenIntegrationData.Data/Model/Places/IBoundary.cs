using NetTopologySuite.Geometries;

namespace OpenIntegrationData.Data.Model.Places;

/// <summary>A place with an outline on the map.</summary>
public interface IBoundary
{
    MultiPolygon? Boundary { get; }
}
