using System.Collections.Concurrent;
using OpenIntegrationData.Data.Sql;

namespace OpenIntegrationData.Data.Tests.Support;

/// <summary>Records the statements the graph sends, so tests can assert how many a request needs.</summary>
public sealed class StatementCounter : IStatementObserver
{
    private readonly ConcurrentQueue<SqlStatement> _statements = new();

    public IReadOnlyList<SqlStatement> Statements => _statements.ToArray();

    public int Count => _statements.Count;

    public void OnExecuting(SqlStatement statement) => _statements.Enqueue(statement);

    public void Reset() => _statements.Clear();
}
