namespace OpenIntegrationData.Data.Sql;

/// <summary>
/// Sees every round trip the graph makes to PostgreSQL, e.g. to count statements and round trips
/// per request in tests or to log them. Called before the statements run; must be thread-safe.
/// </summary>
public interface IStatementObserver
{
    /// <summary>Statements are about to go to the database together, in one round trip.</summary>
    void OnExecuting(IReadOnlyList<SqlStatement> roundTrip);
}
