using System.Text.RegularExpressions;
using Npgsql;

namespace OpenIntegrationData.Data.Database;

/// <summary>
/// Brings a database's schema up to date: applies each migration not yet recorded in
/// <c>schema_migrations</c>, in name order, one transaction each. Re-running is a no-op.
/// An applied migration whose text changed since is refused before anything runs.
/// A PostgreSQL advisory lock keeps two processes from migrating the same database at once.
/// </summary>
public static partial class MigrationRunner
{
    /// <summary>Arbitrary key of the session advisory lock held while migrating ("OIDmigr" in ASCII).</summary>
    private const long AdvisoryLockKey = 0x4F49_444D_6967_72;

    private const string CreateHistoryTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            name       text        PRIMARY KEY,
            sha256     text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """;

    /// <summary>Applies the migrations embedded from <c>schema/migrations/</c>.</summary>
    public static Task<MigrationReport> ApplyAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default) =>
        ApplyAsync(dataSource, EmbeddedMigrations.Load(), cancellationToken);

    /// <summary>Applies <paramref name="migrations"/> (named <c>NNNN_description.sql</c>) in name order.</summary>
    /// <exception cref="MigrationRefusedException">A name is malformed or repeated, or an applied migration changed.</exception>
    public static async Task<MigrationReport> ApplyAsync(
        NpgsqlDataSource dataSource, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken = default)
    {
        var ordered = migrations.OrderBy(migration => migration.Name, StringComparer.Ordinal).ToList();
        RefuseMalformedNames(ordered);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, CreateHistoryTable, cancellationToken);
            var history = await ReadHistoryAsync(connection, cancellationToken);
            RefuseChanged(ordered, history);

            var applied = new List<string>();
            foreach (var migration in ordered.Where(migration => !history.ContainsKey(migration.Name)))
            {
                await ApplyOneAsync(connection, migration, cancellationToken);
                applied.Add(migration.Name);
            }

            var alreadyApplied = ordered.Where(migration => history.ContainsKey(migration.Name)).Select(migration => migration.Name);
            return new MigrationReport(applied, alreadyApplied.ToList());
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private static async Task ApplyOneAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken);
        }
        catch (PostgresException exception)
        {
            throw new InvalidOperationException(
                $"Migration {migration.Name} failed and was rolled back: {exception.MessageText}", exception);
        }

        await using var record = new NpgsqlCommand(
            "INSERT INTO schema_migrations (name, sha256) VALUES (@name, @sha256)", connection);
        record.Parameters.AddWithValue("name", migration.Name);
        record.Parameters.AddWithValue("sha256", migration.Sha256);
        await record.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<Dictionary<string, string>> ReadHistoryAsync(
        NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT name, sha256 FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var history = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            history[reader.GetString(0)] = reader.GetString(1);
        }

        return history;
    }

    private static void RefuseChanged(IEnumerable<Migration> migrations, Dictionary<string, string> history)
    {
        foreach (var migration in migrations)
        {
            if (!history.TryGetValue(migration.Name, out var appliedSha256) || appliedSha256 == migration.Sha256)
            {
                continue;
            }

            throw new MigrationRefusedException(
                $"Migration {migration.Name} was changed after it was applied to this database " +
                $"(sha256 then {appliedSha256}, now {migration.Sha256}). Applied migrations are history: " +
                $"restore schema/migrations/{migration.Name} and put the change in a new migration.");
        }
    }

    private static void RefuseMalformedNames(IReadOnlyList<Migration> ordered)
    {
        foreach (var migration in ordered)
        {
            if (!MigrationName().IsMatch(migration.Name))
            {
                throw new MigrationRefusedException(
                    $"Migration file name '{migration.Name}' does not read NNNN_description.sql (four digits, lower-case words).");
            }
        }

        var repeated = ordered.GroupBy(migration => migration.Name[..4]).FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null)
        {
            throw new MigrationRefusedException(
                $"Migrations {string.Join(" and ", repeated.Select(m => m.Name))} share the number {repeated.Key}; each number is used once.");
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex("^[0-9]{4}_[a-z0-9_]+\\.sql$")]
    private static partial Regex MigrationName();
}
