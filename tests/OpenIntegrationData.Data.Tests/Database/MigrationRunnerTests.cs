using Npgsql;
using OpenIntegrationData.Data.Database;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Data.Tests.Database;

public sealed class MigrationRunnerTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly Migration CreateCity = new("0001_create_city.sql", "CREATE TABLE city (name text PRIMARY KEY);");

    private static readonly Migration InsertDuesseldorf = new("0002_insert_duesseldorf.sql", "INSERT INTO city VALUES ('Düsseldorf');");

    [Fact]
    public async Task ApplyAsync_EmptyDatabase_AppliesAllInOrderAndRecordsThem()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrated: false);

        // Given out of order on purpose: the runner orders by name.
        var report = await MigrationRunner.ApplyAsync(database.DataSource, [InsertDuesseldorf, CreateCity]);

        Assert.Equal(["0001_create_city.sql", "0002_insert_duesseldorf.sql"], report.Applied);
        Assert.Empty(report.AlreadyApplied);
        Assert.Equal(1L, await ScalarAsync(database, "SELECT count(*) FROM city"));
        Assert.Equal(
            $"0001_create_city.sql={CreateCity.Sha256};0002_insert_duesseldorf.sql={InsertDuesseldorf.Sha256}",
            await ScalarAsync(database, "SELECT string_agg(name || '=' || sha256, ';' ORDER BY name) FROM schema_migrations"));
    }

    [Fact]
    public async Task ApplyAsync_RunTwice_SecondRunChangesNothing()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrated: false);
        await MigrationRunner.ApplyAsync(database.DataSource, [CreateCity, InsertDuesseldorf]);

        var second = await MigrationRunner.ApplyAsync(database.DataSource, [CreateCity, InsertDuesseldorf]);

        Assert.Empty(second.Applied);
        Assert.Equal(["0001_create_city.sql", "0002_insert_duesseldorf.sql"], second.AlreadyApplied);
        Assert.Equal(1L, await ScalarAsync(database, "SELECT count(*) FROM city"));
    }

    [Fact]
    public async Task ApplyAsync_NewMigrationAdded_AppliesOnlyTheNewOne()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrated: false);
        await MigrationRunner.ApplyAsync(database.DataSource, [CreateCity, InsertDuesseldorf]);
        var insertKoeln = new Migration("0003_insert_koeln.sql", "INSERT INTO city VALUES ('Köln');");

        var report = await MigrationRunner.ApplyAsync(database.DataSource, [CreateCity, InsertDuesseldorf, insertKoeln]);

        Assert.Equal(["0003_insert_koeln.sql"], report.Applied);
        Assert.Equal(2L, await ScalarAsync(database, "SELECT count(*) FROM city"));
    }

    [Fact]
    public async Task ApplyAsync_AppliedMigrationChanged_RefusesNamingTheFileAndAppliesNothing()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrated: false);
        await MigrationRunner.ApplyAsync(database.DataSource, [CreateCity, InsertDuesseldorf]);
        var edited = InsertDuesseldorf with { Sql = "INSERT INTO city VALUES ('Dortmund');" };
        var insertKoeln = new Migration("0003_insert_koeln.sql", "INSERT INTO city VALUES ('Köln');");

        var refusal = await Assert.ThrowsAsync<MigrationRefusedException>(
            () => MigrationRunner.ApplyAsync(database.DataSource, [CreateCity, edited, insertKoeln]));

        Assert.Contains("0002_insert_duesseldorf.sql was changed after it was applied", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await ScalarAsync(database, "SELECT count(*) FROM city"));
        Assert.Equal(2L, await ScalarAsync(database, "SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task ApplyAsync_MigrationFails_RollsBackThatMigrationAndKeepsEarlierOnes()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrated: false);
        var broken = new Migration("0002_broken.sql", "CREATE TABLE district (name text); INSERT INTO nowhere VALUES (1);");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => MigrationRunner.ApplyAsync(database.DataSource, [CreateCity, broken]));

        Assert.Contains("0002_broken.sql", failure.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync(database, "SELECT count(*) FROM pg_tables WHERE tablename = 'district'"));
        Assert.Equal("0001_create_city.sql", await ScalarAsync(database, "SELECT string_agg(name, ';') FROM schema_migrations"));
    }

    [Fact]
    public async Task ApplyAsync_ConcurrentRunners_ApplyEachMigrationOnce()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrated: false);
        // Slow enough that the runners overlap; CREATE TABLE would fail if a second runner repeated it.
        var slow = new Migration("0002_slow_insert.sql", "SELECT pg_sleep(0.3); INSERT INTO city VALUES ('Dinslaken');");
        var dataSources = Enumerable.Range(0, 4).Select(_ => NpgsqlDataSource.Create(database.ConnectionString)).ToList();

        try
        {
            var reports = await Task.WhenAll(dataSources.Select(
                dataSource => MigrationRunner.ApplyAsync(dataSource, [CreateCity, slow])));

            Assert.Equal(2, reports.Sum(report => report.Applied.Count));
            Assert.Equal(1L, await ScalarAsync(database, "SELECT count(*) FROM city"));
        }
        finally
        {
            foreach (var dataSource in dataSources)
            {
                await dataSource.DisposeAsync();
            }
        }
    }

    [Theory]
    [InlineData("1_create.sql")]
    [InlineData("0001-create.sql")]
    [InlineData("0001_Create.sql")]
    [InlineData("0001_create.txt")]
    public async Task ApplyAsync_MalformedName_RefusedBeforeConnecting(string name)
    {
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Timeout=1");

        var refusal = await Assert.ThrowsAsync<MigrationRefusedException>(
            () => MigrationRunner.ApplyAsync(dataSource, [new Migration(name, "SELECT 1")]));

        Assert.Contains(name, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyAsync_TwoMigrationsShareANumber_Refused()
    {
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Timeout=1");
        var twin = new Migration("0001_create_town.sql", "CREATE TABLE town (name text);");

        var refusal = await Assert.ThrowsAsync<MigrationRefusedException>(
            () => MigrationRunner.ApplyAsync(dataSource, [CreateCity, twin]));

        Assert.Contains("share the number 0001", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyAsync_EmbeddedMigrationsTwice_SecondRunChangesNothing()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrated: false);
        var embedded = EmbeddedMigrations.Load();

        var first = await MigrationRunner.ApplyAsync(database.DataSource);
        var second = await MigrationRunner.ApplyAsync(database.DataSource);

        Assert.Equal(embedded.Select(migration => migration.Name), first.Applied);
        Assert.Empty(second.Applied);
        Assert.Equal(embedded.Count, second.AlreadyApplied.Count);
    }

    private static async Task<object?> ScalarAsync(TestDatabase database, string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }
}
