using Npgsql;
using OpenIntegrationData.Data.Database;
using OpenIntegrationData.LocalPostgres;

namespace OpenIntegrationData.Testing;

/// <summary>
/// A real, throwaway PostgreSQL for tests: one private cluster per test process (started on first use,
/// stopped and deleted when the process exits), and a fresh database for every <see cref="CreateDatabaseAsync"/>.
/// Use it as an xunit class or collection fixture.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public Task InitializeAsync() => TestCluster.GetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A new, uniquely named, empty database; with every migration applied when <paramref name="migrated"/>.</summary>
    public async Task<TestDatabase> CreateDatabaseAsync(bool migrated = true)
    {
        var cluster = await TestCluster.GetAsync();
        var name = await CreateAsync(cluster, template: null);

        var database = new TestDatabase(name, cluster.GetConnectionString(name), cluster.ConnectionString);
        if (migrated)
        {
            await SchemaMigrator.ApplyAsync(database.ConnectionString);
        }

        return database;
    }

    /// <summary>
    /// A new database with every migration and the repository's seed data (<see cref="SeededTemplate.SeedDataFolder"/>),
    /// copied from a template the process imports the seed into once. Tests of the import itself import on their own.
    /// </summary>
    public async Task<TestDatabase> CreateSeededDatabaseAsync()
    {
        var cluster = await TestCluster.GetAsync();
        var name = await CreateAsync(cluster, await SeededTemplate.GetAsync());
        return new TestDatabase(name, cluster.GetConnectionString(name), cluster.ConnectionString);
    }

    private static async Task<string> CreateAsync(LocalPostgresCluster cluster, string? template)
    {
        var name = $"test_{Guid.NewGuid():N}";
        await using var admin = new NpgsqlConnection(cluster.ConnectionString);
        await admin.OpenAsync();
        var copy = template is null ? string.Empty : $" TEMPLATE \"{template}\"";
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{copy}", admin);
        await create.ExecuteNonQueryAsync();
        return name;
    }
}
