namespace OpenIntegrationData.Import.Csv;

/// <summary>A problem of the CSV syntax or encoding in one field (1-based field number).</summary>
internal sealed record CsvFieldProblem(int Column, string Reason);
