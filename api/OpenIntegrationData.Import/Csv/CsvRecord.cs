namespace OpenIntegrationData.Import.Csv;

/// <summary>One record of a CSV file: the line it starts on, its fields (empty string = no value), and what was wrong with it.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, IReadOnlyList<CsvFieldProblem> Problems);
