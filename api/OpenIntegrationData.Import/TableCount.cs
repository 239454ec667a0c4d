namespace OpenIntegrationData.Import;

/// <summary>How many rows a table holds after an import.</summary>
public sealed record TableCount(string Table, int Rows);
