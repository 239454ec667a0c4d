using NetTopologySuite.Geometries;

namespace OpenIntegrationData.Data.Model.Places;

/// <summary>
/// A place whose outline the importer loads from a published file (areas and municipalities): where the outline comes
/// from, and what the database derives from it, its area and a point inside it.
/// </summary>
public interface IMappedOutline : IBoundary
{
    long? BoundarySourceId { get; }

    double? BoundaryAreaKm2 { get; }

    Point? RepresentativePoint { get; }
}
