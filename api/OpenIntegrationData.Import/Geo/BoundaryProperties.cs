namespace OpenIntegrationData.Import.Geo;

/// <summary>
/// Which properties of a boundary file's features hold the area's code, its name, the code of the area it lies in
/// and the source's own area figure (square metres); null when the file has none. Sources name them differently
/// (<c>id</c>, <c>STT_NR</c>, <c>sb_nummer</c>).
/// </summary>
public sealed record BoundaryProperties(string Code, string Name, string? ParentCode = null, string? SourceArea = null);
