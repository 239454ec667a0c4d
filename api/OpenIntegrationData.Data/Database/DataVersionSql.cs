using Npgsql;

namespace OpenIntegrationData.Data.Database;

/// <summary>
/// Reads and raises the data version (table <c>data_version</c>). Raising it inside an import's transaction
/// also queues a notification on <see cref="Channel"/>, which PostgreSQL delivers to listeners only when that
/// transaction commits: a rolled-back import changes neither the version nor anybody's cache.
/// </summary>
public static class DataVersionSql
{
    /// <summary>The notification channel; the payload is the new version.</summary>
    public const string Channel = "data_version";

    /// <summary>The table that holds the version.</summary>
    public const string Table = "data_version";

    /// <summary>The current version; 0 before the first import.</summary>
    public const string Read = "select coalesce((select version from data_version where id = 1), 0)";

    private const string Raise = $"""
        with raised as (
            insert into data_version (id, version, changed_at) values (1, 1, now())
            on conflict (id) do update set version = data_version.version + 1, changed_at = now()
            returning version)
        select version, pg_notify('{Channel}', version::text) from raised
        """;

    /// <summary>Raises the version by one within <paramref name="transaction"/> and returns the new version.</summary>
    public static async Task<long> RaiseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Raise, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetInt64(0);
    }

    /// <summary>The current version as <paramref name="connection"/> sees it.</summary>
    public static async Task<long> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Read, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
