namespace OpenIntegrationData.Data.Sql;

/// <summary>
/// Sees every statement the graph sends to PostgreSQL, e.g. to count statements per request in
/// tests or to log them. Called before the statement runs; must be thread-safe.
/// </summary>
public interface IStatementObserver
{
    /// <summary>A statement is about to run.</summary>
    void OnExecuting(SqlStatement statement);
}
