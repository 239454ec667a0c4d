using Npgsql;
using OpenIntegrationData.Data.Database;

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
        var name = $"test_{Guid.NewGuid():N}";

        await using (var admin = new NpgsqlConnection(cluster.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var database = new TestDatabase(name, cluster.GetConnectionString(name), cluster.ConnectionString);
        if (migrated)
        {
            await SchemaMigrator.ApplyAsync(database.ConnectionString);
        }

        return database;
    }
}
