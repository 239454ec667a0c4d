using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenIntegrationData.Import;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Api.Tests.Hosting;

/// <summary>The API started with <c>ConnectionStrings:Postgres</c>: it migrates and seeds that database and reports its health.</summary>
public sealed class ConfiguredDatabaseTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Start_EmptyConfiguredDatabase_MigratesAndSeedsIt()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrated: false);
        await using var api = CreateApi(database.ConnectionString, seedWhenEmpty: true);

        using var client = api.CreateClient();

        await using var migrations = database.DataSource.CreateCommand("SELECT count(*) FROM \"__EFMigrationsHistory\"");
        Assert.True((long)(await migrations.ExecuteScalarAsync())! > 0, "the migrations should be applied");
        Assert.False(await FolderImporter.IsDatabaseEmptyAsync(database.DataSource), "the seed data should be loaded");
    }

    [Fact]
    public async Task Health_DatabaseAnswers_Returns200()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        await using var api = CreateApi(database.ConnectionString, seedWhenEmpty: false);
        using var client = api.CreateClient();

        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Health_DatabaseGone_Returns503WhileAliveStays200()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        await using var api = CreateApi(database.ConnectionString, seedWhenEmpty: false);
        using var client = api.CreateClient();
        await DropAsync(database);

        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var alive = await client.GetAsync(new Uri("/alive", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task Start_InvalidConnectionString_RefusesToStartNamingTheSetting()
    {
        await using var api = CreateApi("Hots=db.example.org", seedWhenEmpty: false);

        var refusal = Assert.Throws<OptionsValidationException>(() => api.CreateClient());

        Assert.Contains("ConnectionStrings:Postgres is not a valid PostgreSQL connection string", refusal.Message, StringComparison.Ordinal);
    }

    private static WebApplicationFactory<Program> CreateApi(string connectionString, bool seedWhenEmpty) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Postgres", connectionString);
            web.UseSetting("Database:SeedWhenEmpty", seedWhenEmpty ? "true" : "false");
            web.UseSetting("Database:SeedDataFolder", SeedWithoutParts.Path);
        });

    private static async Task DropAsync(TestDatabase database)
    {
        var admin = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE \"{database.Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
