using System.Diagnostics.CodeAnalysis;
using Npgsql;

namespace OpenIntegrationData.Data.Sql;

/// <summary>
/// Runs statements on the data source: one pooled connection per statement, a statement timeout
/// (Npgsql cancels the statement on the server when it expires) and cancellation when the client
/// goes away (the token cancels the running statement on the server as well).
/// </summary>
internal sealed class SqlRunner
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly int _timeoutSeconds;
    private readonly IStatementObserver? _observer;

    public SqlRunner(NpgsqlDataSource dataSource, TimeSpan statementTimeout, IStatementObserver? observer)
    {
        _dataSource = dataSource;
        _timeoutSeconds = Math.Max(1, (int)Math.Ceiling(statementTimeout.TotalSeconds));
        _observer = observer;
    }

    /// <summary>Runs a query and maps every row.</summary>
    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Justification = "SqlBuilder keeps client values in parameters; the text comes from the catalog only.")]
    public async Task<List<T>> QueryAsync<T>(SqlStatement statement, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        _observer?.OnExecuting(statement);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(statement.Text, connection) { CommandTimeout = _timeoutSeconds };
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
}
