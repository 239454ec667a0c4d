namespace OpenIntegrationData.Data.Budget;

/// <summary>
/// One request's share of the database: at most a few connections at once, statements that end with the
/// request's deadline, and its lane (cheap until admission says it is expensive). The HTTP layer starts
/// one per request (<see cref="Begin"/>); the SQL runner consults <see cref="Current"/>, and without one
/// (tests, the importer) statements run unlimited.
/// </summary>
public sealed class RequestDatabaseBudget : IDisposable
{
    private static readonly AsyncLocal<RequestDatabaseBudget?> CurrentBudget = new();

    private readonly DatabaseLanes _lanes;
    private readonly SemaphoreSlim _connections;
    private readonly DateTimeOffset _deadline;
    private readonly TimeProvider _time;

    private RequestDatabaseBudget(DatabaseLanes lanes, int maxConnections, TimeSpan timeLimit, TimeProvider time)
    {
        _lanes = lanes;
        _connections = new SemaphoreSlim(maxConnections, maxConnections);
        _time = time;
        _deadline = time.GetUtcNow() + timeLimit;
    }

    /// <summary>The budget of the request running on this flow, or null.</summary>
    public static RequestDatabaseBudget? Current => CurrentBudget.Value;

    /// <summary>Whether admission found the request expensive (it then stays off the reserved lane).</summary>
    public bool IsExpensive { get; internal set; }

    /// <summary>Starts a budget for the request on this flow; dispose it when the request ends.</summary>
    public static RequestDatabaseBudget Begin(DatabaseLanes lanes, int maxConnections, TimeSpan timeLimit, TimeProvider? time = null)
    {
        var budget = new RequestDatabaseBudget(lanes, maxConnections, timeLimit, time ?? TimeProvider.System);
        CurrentBudget.Value = budget;
        return budget;
    }

    /// <summary>
    /// Waits until this request may open one more connection: one of its own connection slots, then a
    /// slot of its lane. Dispose the result when the statement is done.
    /// </summary>
    public static async ValueTask<IDisposable?> EnterStatementAsync(CancellationToken cancellationToken)
    {
        if (Current is not { } budget)
        {
            return null;
        }

        await budget._connections.WaitAsync(cancellationToken);
        try
        {
            var slot = await budget._lanes.TakeAsync(budget.IsExpensive, cancellationToken);
            return new Statement(budget._connections, slot);
        }
        catch
        {
            budget._connections.Release();
            throw;
        }
    }

    /// <summary>
    /// The command timeout in whole seconds: the statement timeout, shortened to what is left of the
    /// request's deadline, so no statement outlives the HTTP answer.
    /// </summary>
    public static int CommandTimeoutSeconds(TimeSpan statementTimeout)
    {
        var limit = statementTimeout;
        if (Current is { } budget)
        {
            var left = budget._deadline - budget._time.GetUtcNow();
            limit = left < limit ? left : limit;
        }

        return Math.Max(1, (int)Math.Ceiling(limit.TotalSeconds));
    }

    public void Dispose()
    {
        if (ReferenceEquals(CurrentBudget.Value, this))
        {
            CurrentBudget.Value = null;
        }
    }

    private sealed class Statement(SemaphoreSlim connections, DatabaseLanes.Slot slot) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                slot.Dispose();
                connections.Release();
            }
        }
    }
}
