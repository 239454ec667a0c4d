using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenIntegrationData.Data.Database;
using OpenIntegrationData.Data.Model;
using OpenIntegrationData.Data.Tests.Support;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Data.Tests.Database;

public sealed class SchemaMigratorTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task ApplyAsync_EmptyDatabaseTwice_AppliesEveryMigrationOnceThenNothing()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrated: false);
        await using var context = new OpenDataDbContext(OpenDataDbContextOptions.For(database.ConnectionString));
        var all = context.Database.GetMigrations().ToList();

        var first = await SchemaMigrator.ApplyAsync(database.ConnectionString);
        var second = await SchemaMigrator.ApplyAsync(database.ConnectionString);

        Assert.Equal(all, first.Applied);
        Assert.Empty(first.AlreadyApplied);
        Assert.Empty(second.Applied);
        Assert.Equal(all, second.AlreadyApplied);
    }

    /// <summary>
    /// The upgrade in place: a database of the legacy SQL migrations, loaded with the seed data, takes the
    /// EF Core migrations and ends with exactly the schema of a database built from scratch by them
    /// (pg_dump --schema-only, history tables aside), every row still there.
    /// </summary>
    [Fact]
    public async Task ApplyAsync_LegacyDatabaseWithSeedData_EndsWithTheFreshSchemaAndEveryRow()
    {
        await using var fresh = await postgres.CreateDatabaseAsync(migrated: false);
        await SchemaMigrator.ApplyAsync(fresh.ConnectionString);
        await using var legacy = await postgres.CreateDatabaseAsync(migrated: false);
        await LegacySchema.LegacySchema.BuildAsync(legacy.DataSource);
        await using var seeded = await postgres.CreateSeededDatabaseAsync();
        await LegacySchema.LegacySeedCopy.CopyAsync(seeded.DataSource, legacy.DataSource);
        var rowsBefore = await RowCountsAsync(legacy);

        var report = await SchemaMigrator.ApplyAsync(legacy.ConnectionString);

        Assert.Equal([SchemaMigrator.BaselineId], report.AlreadyApplied);
        Assert.NotEmpty(report.Applied);
        Assert.Equal(await SchemaDump.OfAsync(fresh), await SchemaDump.OfAsync(legacy));
        var rowsAfter = await RowCountsAsync(legacy);
        Assert.Equal(rowsBefore, new SortedDictionary<string, long>(rowsAfter.Where(t => rowsBefore.ContainsKey(t.Key)).ToDictionary(), StringComparer.Ordinal));
        Assert.Contains(rowsBefore, table => table.Value > 0);
        // Every district and quarter became an area of the hierarchy.
        Assert.Equal(rowsBefore["district"] + rowsBefore["sub_district"], rowsAfter["area"]);
    }

    [Fact]
    public async Task ApplyAsync_LegacyDatabaseWithPartOfItsMigrations_IsRefusedAndLeftAsItWas()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrated: false);
        await LegacySchema.LegacySchema.BuildAsync(database.DataSource, fileCount: 5);

        var refusal = await Assert.ThrowsAsync<MigrationRefusedException>(() => SchemaMigrator.ApplyAsync(database.ConnectionString));

        Assert.Contains("0006_programmes_networks.sql", refusal.Message, StringComparison.Ordinal);
        await using var history = database.DataSource.CreateCommand("select to_regclass('\"__EFMigrationsHistory\"') is null");
        Assert.True((bool)(await history.ExecuteScalarAsync())!);
    }

    [Fact]
    public void Model_ComparedWithTheLastMigration_HasNoChangesWithoutAMigration()
    {
        using var context = new OpenDataDbContext(OpenDataDbContextOptions.For("Host=127.0.0.1"));

        Assert.False(
            context.Database.HasPendingModelChanges(),
            "The EF Core model changed without a migration: run `dotnet ef migrations add <Name> --project api/OpenIntegrationData.Data --output-dir Migrations`.");
    }

    /// <summary>schema/migrations.sql is the idempotent script of all migrations, for operators who apply SQL themselves.</summary>
    [Fact]
    public void IdempotentScript_OfAllMigrations_IsTheCheckedInFile()
    {
        using var context = new OpenDataDbContext(OpenDataDbContextOptions.For("Host=127.0.0.1"));
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var file = Path.Combine(RepositoryFolder.Root, "schema", "migrations.sql");

        if (Environment.GetEnvironmentVariable("UPDATE_MIGRATIONS_SCRIPT") == "1")
        {
            File.WriteAllText(file, script);
        }

        Assert.True(
            File.Exists(file) && File.ReadAllText(file) == script,
            "schema/migrations.sql is not the script of the current migrations: run `UPDATE_MIGRATIONS_SCRIPT=1 dotnet test tests/OpenIntegrationData.Data.Tests --filter IdempotentScript`.");
    }

    private static async Task<SortedDictionary<string, long>> RowCountsAsync(TestDatabase database)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using var tables = database.DataSource.CreateCommand("""
            select c.relname from pg_class c
            where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
              and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
            """);
        var names = new List<string>();
        await using (var reader = await tables.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names.Where(name => name is not "schema_migrations" and not "__EFMigrationsHistory" and not "data_version"))
        {
            await using var count = database.DataSource.CreateCommand($"select count(*) from \"{name}\"");
            counts[name] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }
}
