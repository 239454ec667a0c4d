namespace OpenIntegrationData.GraphQL.Errors;

/// <summary>A 1-based line and column in the request document (spec 7.1.2 "locations").</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct ErrorLocation(int Line, int Column);
