using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using OpenIntegrationData.LocalPostgres;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Api.Tests.Reliability;

/// <summary>
/// Issue 13.5 with PostgreSQL itself stopped and started again (pg_ctl, fast shutdown, same port) under a running
/// API — a cluster of this test's own, so the shared test cluster stays up for the others.
/// </summary>
public sealed class PostgresRestartTests : IAsyncLifetime
{
    private const string Database = "oid_restart";

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"oid-restart-test-{Guid.NewGuid():N}");
    private LocalPostgresCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresClusterOptions { DataDirectory = Path.Combine(_root, "pgdata"), Durable = false });
        ClusterReaper.RemoveAfterThisProcess(_cluster.DataDirectory, _root);
        await using var admin = new NpgsqlConnection(_cluster.ConnectionString);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"create database {Database}", admin);
        await create.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task PostgresRestarted_TheFirstReadAfterwardsSucceeds_AndWhileItIsDownTheApiSaysSo()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Postgres", _cluster.GetConnectionString(Database) + ";Maximum Pool Size=4;Timeout=2");
            web.UseSetting("Database:SeedWhenEmpty", "false");
        });
        using var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60);

        // Two reads at once leave two connections in the pool.
        var warm = await Task.WhenAll(SeededApi.PostAsync(client, Query(1)), SeededApi.PostAsync(client, Query(2)));
        Assert.All(warm, static a => Assert.Equal(200, a.Status));

        // Restarted with no request in between: every pooled connection is stale, and the next read meets one.
        await _cluster.RestartAsync();
        var afterRestart = await SeededApi.PostAsync(client, Query(3));
        Assert.Equal(200, afterRestart.Status);
        Assert.DoesNotContain("\"errors\"", afterRestart.Body, StringComparison.Ordinal);

        // Down for a while: reads say why they failed, /health says 503, /alive stays 200.
        await _cluster.RestartAsync(async () =>
        {
            var down = await SeededApi.PostAsync(client, Query(4));
            Assert.Contains("\"code\":\"DATABASE_UNAVAILABLE\"", down.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Unexpected Execution Error", down.Body, StringComparison.Ordinal);
            using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            using var alive = await client.GetAsync(new Uri("/alive", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        });

        var started = Stopwatch.StartNew();
        while ((await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(15), "the API did not notice that PostgreSQL was back");
            await Task.Delay(200);
        }

        var back = await SeededApi.PostAsync(client, Query(5));
        Assert.Equal(200, back.Status);
        Assert.DoesNotContain("\"errors\"", back.Body, StringComparison.Ordinal);
        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Matches("""oid_graphql_errors_total\{[^}]*code="DATABASE_UNAVAILABLE"\} 1""", metrics);
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    // A different page size each time, so no answer could come from anything but the database.
    private static string Query(int first) => $"{{ sdgGoals(first: {first}) {{ nodes {{ number }} }} }}";
}
