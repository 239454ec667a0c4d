namespace OpenIntegrationData.Data.Budget;

/// <summary>
/// How the API shares its connection pool between requests (section <c>Database:Budget</c>). The pool is
/// split in two lanes: expensive requests (by their cost) may hold all connections but
/// <see cref="ReservedConnections"/>, which stay free for cheap requests; every request holds at most
/// <see cref="MaxConnectionsPerRequest"/> at once; and only <see cref="MaxConcurrentExpensiveRequests"/>
/// expensive requests run at a time, the next ones wait up to <see cref="QueueTimeout"/> and are then refused
/// (HTTP 429, <c>Retry-After</c>). The health check has a connection of its own.
/// </summary>
public sealed class DatabaseBudgetOptions
{
    public const string Section = "Database:Budget";

    /// <summary>
    /// Field cost (as in <c>extensions.operationCost.fieldCost</c>) from which a request is expensive. A page of 20 rows
    /// with a to-one relation, the widgets' question, costs 282 and is not: as expensive it queued for one of three turns
    /// and left the reserved connection idle (benchmarks/load/README.md). A page of 50 with a relation (511) still is.
    /// </summary>
    public double ExpensiveFieldCost { get; set; } = 400;

    /// <summary>The most pooled connections one request holds at a time; its other statements wait for one of them.</summary>
    public int MaxConnectionsPerRequest { get; set; } = 2;

    /// <summary>Connections expensive requests never take; null means a quarter of the pool, at least one.</summary>
    public int? ReservedConnections { get; set; }

    /// <summary>How many expensive requests run at once; null means one per unreserved connection.</summary>
    public int? MaxConcurrentExpensiveRequests { get; set; }

    /// <summary>
    /// How many expensive requests may wait for their turn; more are refused at once. Waiting costs no
    /// connection, and <see cref="QueueTimeout"/> is what refuses work the database cannot keep up with, so a
    /// burst of clients waits its turn instead of being refused while the pool keeps up.
    /// </summary>
    public int MaxQueuedExpensiveRequests { get; set; } = 64;

    /// <summary>How long an expensive request waits for its turn before it is refused.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The <c>Retry-After</c> a refused request gets.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(2);
}
