using System.Diagnostics.CodeAnalysis;
using Npgsql;
using OpenIntegrationData.Data.Budget;

namespace OpenIntegrationData.Data.Sql;

/// <summary>
/// Runs statements on the data source: one pooled connection per round trip, a statement timeout
/// (Npgsql cancels the statement on the server when it expires) and cancellation when the client
/// goes away (the token cancels the running statement on the server as well). Within a request's
/// <see cref="RequestDatabaseBudget"/> a round trip first waits for one of the request's connection slots
/// and its lane, and its timeout ends with the request's deadline.
/// </summary>
internal sealed class SqlRunner
{
    private const string TrustedText = "SqlFragment keeps client values in parameters; the text comes from the catalog and the planners only.";

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
    public Task<List<T>> QueryAsync<T>(SqlStatement statement, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        _observer?.OnExecuting([statement]);
        return RunAsync(token => ReadOneAsync(statement, map, token), cancellationToken);
    }

    /// <summary>Runs two queries in one round trip (an <see cref="NpgsqlBatch"/>) and maps the rows of each.</summary>
    public Task<(List<T1> First, List<T2> Second)> QueryAsync<T1, T2>(
        SqlStatement first,
        Func<NpgsqlDataReader, T1> mapFirst,
        SqlStatement second,
        Func<NpgsqlDataReader, T2> mapSecond,
        CancellationToken cancellationToken)
    {
        _observer?.OnExecuting([first, second]);
        return RunAsync(token => ReadTwoAsync(first, mapFirst, second, mapSecond, token), cancellationToken);
    }

    /// <summary>
    /// Runs one round trip within the request's budget. One that fails on a broken pooled connection (PostgreSQL
    /// restarted since it was opened) runs once more on a fresh one: it only reads, so that is safe.
    /// </summary>
    private async Task<TResult> RunAsync<TResult>(Func<CancellationToken, Task<TResult>> roundTrip, CancellationToken cancellationToken)
    {
        using var slot = await RequestDatabaseBudget.EnterStatementAsync(cancellationToken);
        try
        {
            return await roundTrip(cancellationToken);
        }
        catch (Exception exception) when (IsBrokenConnection(exception) && !cancellationToken.IsCancellationRequested)
        {
            // The pool's other idle connections died with this one: drop them rather than meet them one by one.
            _dataSource.Clear();
            return await roundTrip(cancellationToken);
        }
    }

    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Justification = TrustedText)]
    private async Task<List<T>> ReadOneAsync<T>(SqlStatement statement, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(statement.Text, connection)
        {
            CommandTimeout = RequestDatabaseBudget.CommandTimeoutSeconds(_statementTimeout),
        };
        AddParameters(command.Parameters, statement);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadAllAsync(reader, map, cancellationToken);
    }

    private async Task<(List<T1> First, List<T2> Second)> ReadTwoAsync<T1, T2>(
        SqlStatement first,
        Func<NpgsqlDataReader, T1> mapFirst,
        SqlStatement second,
        Func<NpgsqlDataReader, T2> mapSecond,
        CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection) { Timeout = RequestDatabaseBudget.CommandTimeoutSeconds(_statementTimeout) };
        batch.BatchCommands.Add(CommandOf(first));
        batch.BatchCommands.Add(CommandOf(second));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var firstRows = await ReadAllAsync(reader, mapFirst, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var secondRows = await ReadAllAsync(reader, mapSecond, cancellationToken);
        return (firstRows, secondRows);
    }

    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Justification = TrustedText)]
    private static NpgsqlBatchCommand CommandOf(SqlStatement statement)
    {
        var command = new NpgsqlBatchCommand(statement.Text);
        AddParameters(command.Parameters, statement);
        return command;
    }

    private static void AddParameters(NpgsqlParameterCollection parameters, SqlStatement statement)
    {
        foreach (var parameter in statement.Parameters)
        {
            parameters.Add(parameter.Clone());
        }
    }

    private static async Task<List<T>> ReadAllAsync<T>(NpgsqlDataReader reader, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
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
