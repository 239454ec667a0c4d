using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace OpenIntegrationData.Api.Tests.Reliability;

/// <summary>
/// Issue 13.5: the database down at start, and PostgreSQL restarted under a running API — through a TCP
/// forwarder in front of the test cluster, so the faults are real network faults and take seconds.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class DatabaseOutageTests(SeededApi api)
{
    private const string Query = "{ sdgGoals(first: 2) { nodes { number } } }";

    [Fact]
    public async Task Start_WithTheDatabaseDown_StaysAliveAnswering503_ThenServesOnceItAnswers()
    {
        await using var proxy = new TcpProxy(new NpgsqlConnectionStringBuilder(api.Database.ConnectionString).Port);
        await using var factory = ThroughProxy(proxy);
        using var client = factory.CreateClient();

        using (var alive = await client.GetAsync(new Uri("/alive", UriKind.Relative)))
        using (var health = await client.GetAsync(new Uri("/health", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }

        var waiting = await SeededApi.PostAsync(client, Query);
        Assert.Equal(503, waiting.Status);
        Assert.Contains("\"code\":\"DATABASE_UNAVAILABLE\"", waiting.Body, StringComparison.Ordinal);
        Assert.NotNull(waiting.RetryAfter);

        proxy.Start();
        var started = Stopwatch.StartNew();
        while ((await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(15), "the API did not notice that the database came up");
            await Task.Delay(200);
        }

        var served = await SeededApi.PostAsync(client, Query);
        Assert.Equal(200, served.Status);
        Assert.DoesNotContain("\"errors\"", served.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresRestarted_TheFirstReadAfterwardsIsRetriedOnAFreshConnection()
    {
        await using var proxy = new TcpProxy(new NpgsqlConnectionStringBuilder(api.Database.ConnectionString).Port);
        proxy.Start();
        await using var factory = ThroughProxy(proxy);
        using var client = factory.CreateClient();
        Assert.Equal(200, (await SeededApi.PostAsync(client, Query)).Status);

        // Every pooled connection dies, as when PostgreSQL restarts.
        proxy.DropConnections();
        await Task.Delay(100);
        var afterRestart = await SeededApi.PostAsync(client, Query);

        Assert.Equal(200, afterRestart.Status);
        Assert.DoesNotContain("\"errors\"", afterRestart.Body, StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> ThroughProxy(TcpProxy proxy)
    {
        var connection = new NpgsqlConnectionStringBuilder(api.Database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 2 };
        return new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Postgres", connection.ConnectionString);
            web.UseSetting("Database:SeedWhenEmpty", "false");
        });
    }
}
