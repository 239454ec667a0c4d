namespace OpenIntegrationData.Import.Geo;

/// <summary>
/// One area's outline as a boundary file gives it: the area's official code and name, the code of the area it lies
/// in (where the file names one), the area the source states for it (square metres, where it states one), the
/// GeoJSON geometry object as text, and where the feature starts in the file.
/// </summary>
public sealed record BoundaryFeature(
    string Code,
    string Name,
    string? ParentCode,
    double? SourceAreaSquareMetres,
    string GeometryJson,
    int Line,
    int Column);
