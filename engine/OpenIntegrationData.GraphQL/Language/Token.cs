namespace OpenIntegrationData.GraphQL.Language;

/// <summary>One lexical token: its kind and where it stands in the source.</summary>
/// <param name="Kind">The kind of token.</param>
/// <param name="Start">Offset of the first character (of the opening quote for strings).</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character, counted in UTF-16 code units.</param>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column);
