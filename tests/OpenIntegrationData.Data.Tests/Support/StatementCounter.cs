using System.Collections.Concurrent;
using OpenIntegrationData.Data.Sql;

namespace OpenIntegrationData.Data.Tests.Support;

/// <summary>Records the statements the graph sends and the round trips they take, so tests can assert how many a request needs.</summary>
public sealed class StatementCounter : IStatementObserver
{
    private readonly ConcurrentQueue<SqlStatement> _statements = new();
    private readonly ConcurrentQueue<IReadOnlyList<SqlStatement>> _roundTrips = new();

    public IReadOnlyList<SqlStatement> Statements => _statements.ToArray();

    /// <summary>The statements by round trip, in the order they were sent.</summary>
    public IReadOnlyList<IReadOnlyList<SqlStatement>> ByRoundTrip => _roundTrips.ToArray();

    public int Count => _statements.Count;

    public int RoundTrips => _roundTrips.Count;

    public void OnExecuting(IReadOnlyList<SqlStatement> roundTrip)
    {
        _roundTrips.Enqueue(roundTrip);
        foreach (var statement in roundTrip)
        {
            _statements.Enqueue(statement);
        }
    }

    public void Reset()
    {
        _statements.Clear();
        _roundTrips.Clear();
    }
}
