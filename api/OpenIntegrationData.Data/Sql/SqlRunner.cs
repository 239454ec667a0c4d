using System.Diagnostics.CodeAnalysis;
using Npgsql;
using OpenIntegrationData.Data.Budget;

namespace OpenIntegrationData.Data.Sql;

/// <summary>
/// Runs statements on the data source: one pooled connection per statement, a statement timeout
/// (Npgsql cancels the statement on the server when it expires) and cancellation when the client
/// goes away (the token cancels the running statement on the server as well). Within a request's
/// <see cref="RequestDatabaseBudget"/> a statement first waits for one of the request's connection slots
/// and its lane, and its timeout ends with the request's deadline.
/// </summary>
internal sealed class SqlRunner
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeSpan _statementTimeout;
    private readonly IStatementObserver? _observer;

    public SqlRunner(NpgsqlDataSource dataSource, TimeSpan statementTimeout, IStatementObserver? observer)
    {
        _dataSource = dataSource;
        _statementTimeout = statementTimeout;
        _observer = observer;
    }

    /// <summary>Runs a query and maps every row.</summary>
    /// <summary>
    /// Runs a query and maps every row. A statement that fails on a broken pooled connection (PostgreSQL
    /// restarted since it was opened) runs once more on a fresh one: it only reads, so that is safe.
    /// </summary>
    public async Task<List<T>> QueryAsync<T>(SqlStatement statement, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        _observer?.OnExecuting(statement);
        using var slot = await RequestDatabaseBudget.EnterStatementAsync(cancellationToken);
        try
        {
            return await RunAsync(statement, map, cancellationToken);
        }
        catch (Exception exception) when (IsBrokenConnection(exception) && !cancellationToken.IsCancellationRequested)
        {
            // The pool's other idle connections died with this one: drop them rather than meet them one by one.
            _dataSource.Clear();
            return await RunAsync(statement, map, cancellationToken);
        }
    }

    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Justification = "SqlBuilder keeps client values in parameters; the text comes from the catalog only.")]
    private async Task<List<T>> RunAsync<T>(SqlStatement statement, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(statement.Text, connection)
        {
            CommandTimeout = RequestDatabaseBudget.CommandTimeoutSeconds(_statementTimeout),
        };
        foreach (var parameter in statement.Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>
    /// A connection that was open and died under the statement: the server ended it (57P01, 57P02) or the
    /// socket closed. Not a timeout, not a refused connection (the database is down: retrying will not help).
    /// </summary>
    private static bool IsBrokenConnection(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown,
        NpgsqlException npgsql => npgsql.InnerException is System.IO.IOException or System.IO.EndOfStreamException,
        _ => false,
    };
}
