namespace OpenIntegrationData.Data.Sql;

/// <summary>
/// The in-memory memo of counts and totals (section <c>GraphQL:TotalsMemo</c>): a <c>totalCount</c> or totals field asked
/// again on the same data version is answered without the database (<see cref="TotalsMemo"/>).
/// </summary>
public sealed class TotalsMemoOptions
{
    public const string Section = "GraphQL:TotalsMemo";

    /// <summary>Keep answers of counts and totals until the data version changes.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most answers kept; the least recently used go first.</summary>
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>The most memory all kept answers may take (an estimate: statement text, key and rows); the least recently used go first.</summary>
    public long MaxBytes { get; set; } = 16L * 1024 * 1024;
}
