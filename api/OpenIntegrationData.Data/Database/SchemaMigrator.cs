using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using OpenIntegrationData.Data.Migrations;
using OpenIntegrationData.Data.Model;

namespace OpenIntegrationData.Data.Database;

/// <summary>
/// Brings a database's schema up to date with the EF Core migrations of <see cref="OpenDataDbContext"/>
/// (recorded in <c>__EFMigrationsHistory</c>; re-running is a no-op). A database built by the SQL
/// migrations of earlier releases (<c>schema_migrations</c> with 0001–0007) already has the baseline's
/// schema: the baseline is recorded as applied and only later migrations run, so no data moves.
/// It takes its own connection string, so it can run as the schema's owner while the API reads as another role.
/// </summary>
public static class SchemaMigrator
{
    /// <summary>The SQL migrations of earlier releases, which together built exactly the baseline's schema.</summary>
    internal static readonly IReadOnlyList<string> LegacyMigrations =
    [
        "0001_sources.sql", "0002_sdg_framework.sql", "0003_nationalities.sql", "0004_places.sql",
        "0005_observations.sql", "0006_programmes_networks.sql", "0007_population_year_persons_index.sql",
    ];

    /// <summary>Arbitrary key of the transaction advisory lock held while adopting a legacy history ("OIDmigr" in ASCII).</summary>
    private const long AdvisoryLockKey = 0x4F49_444D_6967_72;

    /// <summary>The id of the migration that reproduces the schema of the legacy SQL migrations.</summary>
    internal static string BaselineId => typeof(Baseline).GetCustomAttribute<MigrationAttribute>()!.Id;

    /// <summary>The ids of this release's migrations, in the order they apply (as EF Core orders them: by id).</summary>
    internal static IReadOnlyList<string> KnownMigrations { get; } =
    [
        .. typeof(OpenDataDbContext).Assembly.GetTypes()
            .Where(static type => type.IsSubclassOf(typeof(Migration)) && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(OpenDataDbContext))
            .Select(static type => type.GetCustomAttribute<MigrationAttribute>()!.Id)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Applies every migration the database lacks.</summary>
    /// <exception cref="MigrationRefusedException">The database has an incomplete legacy history.</exception>
    public static async Task<MigrationReport> ApplyAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        // Nearly every start finds the schema up to date. Asking EF Core to migrate then still builds the model, the
        // migrator and the snapshot's model (seconds of start-up and tens of MB of memory and compiled code the
        // server keeps); one read of the history says the same.
        if (await AppliedWhenUpToDateAsync(connectionString, cancellationToken) is { } upToDate)
        {
            return new MigrationReport([], upToDate);
        }

        await using var context = new OpenDataDbContext(OpenDataDbContextOptions.For(connectionString));
        await RequirePostgisAsync(context, cancellationToken);
        await AdoptLegacyHistoryAsync(context, cancellationToken);

        var alreadyApplied = (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await context.Database.MigrateAsync(cancellationToken);
        return new MigrationReport(pending, alreadyApplied);
    }

    /// <summary>The applied migrations when every migration of this release is among them, else null (EF Core then migrates).</summary>
    private static async Task<IReadOnlyList<string>?> AppliedWhenUpToDateAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select to_regclass('\"__EFMigrationsHistory\"') is not null", connection);
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
        {
            return null;
        }

        await using var read = new NpgsqlCommand("select \"MigrationId\" from \"__EFMigrationsHistory\" order by \"MigrationId\" collate \"C\"", connection);
        var applied = new List<string>();
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }

        return KnownMigrations.All(applied.Contains) ? applied : null;
    }

    /// <summary>The migrations create the postgis extension: say so plainly when the server cannot.</summary>
    private static async Task RequirePostgisAsync(OpenDataDbContext context, CancellationToken cancellationToken)
    {
        var available = await context.Database
            .SqlQueryRaw<bool>("select exists (select 1 from pg_available_extensions where name = 'postgis') as \"Value\"")
            .SingleAsync(cancellationToken);
        if (!available)
        {
            throw new MigrationRefusedException(
                "The PostgreSQL server has no PostGIS extension, which the schema needs for its boundary columns. " +
                "Install it (Debian/Ubuntu: `sudo apt-get install -y postgresql-<major>-postgis-3`, e.g. postgresql-15-postgis-3) " +
                "or use a server that has it (the postgis/postgis Docker images); nothing was changed.");
        }
    }

    /// <summary>Records the baseline as applied in a database that the legacy SQL migrations built.</summary>
    private static async Task AdoptLegacyHistoryAsync(OpenDataDbContext context, CancellationToken cancellationToken)
    {
        var database = context.Database;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await database.ExecuteSqlRawAsync($"select pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);

        var hasLegacyHistory = await database
            .SqlQueryRaw<bool>("select to_regclass('schema_migrations') is not null as \"Value\"")
            .SingleAsync(cancellationToken);
        if (!hasLegacyHistory)
        {
            return;
        }

        var legacy = await database.SqlQueryRaw<string>("select name as \"Value\" from schema_migrations").ToListAsync(cancellationToken);

        var history = context.GetService<IHistoryRepository>();
        await database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        if ((await history.GetAppliedMigrationsAsync(cancellationToken)).Any(row => row.MigrationId == BaselineId))
        {
            return;
        }

        var missing = LegacyMigrations.Except(legacy, StringComparer.Ordinal).ToList();
        var unknown = legacy.Except(LegacyMigrations, StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            throw new MigrationRefusedException(
                "This database was built by SQL migrations of an earlier release, but its schema_migrations " +
                (missing.Count > 0 ? $"lacks {string.Join(", ", missing)}" : $"lists migrations this release does not know: {string.Join(", ", unknown)}") +
                ". Only a database with exactly 0001–0007 applied can be upgraded in place; nothing was changed.");
        }

        await database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(BaselineId, ProductInfo.GetVersion())), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
