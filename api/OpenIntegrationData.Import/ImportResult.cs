namespace OpenIntegrationData.Import;

/// <summary>
/// The outcome of importing a folder: either every file was written (with the row count of every table
/// afterwards), or nothing was written and <see cref="Problems"/> says why.
/// </summary>
public sealed class ImportResult
{
    private ImportResult(IReadOnlyList<ImportProblem> problems, IReadOnlyList<TableCount> counts, long? dataVersion)
    {
        Problems = problems;
        Counts = counts;
        DataVersion = dataVersion;
    }

    public bool Succeeded => Problems.Count == 0;

    /// <summary>Every problem found, ordered by file (in import order), line and column.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>Rows per table after a successful import; empty when the import was refused.</summary>
    public IReadOnlyList<TableCount> Counts { get; }

    /// <summary>The data version the import committed (table <c>data_version</c>); null when it was refused.</summary>
    public long? DataVersion { get; }

    internal static ImportResult Success(IReadOnlyList<TableCount> counts, long dataVersion) => new([], counts, dataVersion);

    internal static ImportResult Failure(IReadOnlyList<ImportProblem> problems) => new(problems, [], null);
}
