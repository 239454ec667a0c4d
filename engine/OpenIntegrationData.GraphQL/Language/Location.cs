namespace OpenIntegrationData.GraphQL.Language;

/// <summary>
/// The span of a syntax node in its source: character offsets plus the 1-based line and column
/// of its first character, which is what error locations report (spec 7.1.2).
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
public readonly record struct Location(int Start, int End, int Line, int Column);
