using System.Diagnostics;
using System.Net;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Api.Tests.Hosting;

/// <summary>The built server run as a process of its own, as an operator runs a published one.</summary>
public sealed class ServerProcessTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Started from a folder without appsettings.json, the server still reads the one beside the program: ASP.NET Core's
    /// messages stay at Warning, so a request is not logged (it was, at Information, once per request).
    /// </summary>
    [Fact]
    public async Task StartedFromAnotherFolder_ReadsTheSettingsBesideTheProgram()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
        await using var database = await postgres.CreateDatabaseAsync();
        var elsewhere = Directory.CreateTempSubdirectory("oid-working-folder-");
        try
        {
            var (server, http) = await StartAsync(database, elsewhere.FullName);
            await using (server)
            using (http)
            {
                for (var i = 0; i < 3; i++)
                {
                    using var response = await http.GetAsync(new Uri("/alive", UriKind.Relative));
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                }

                Assert.Equal(0, await server.TerminateAsync(Patience));
                Assert.Contains("Now listening on", server.Output, StringComparison.Ordinal);
                Assert.DoesNotContain("Request starting", server.Output, StringComparison.Ordinal);
            }
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }

    /// <summary>
    /// An idle server throws no exceptions (`dotnet_exceptions_total` on /metrics stays put). The data version monitor's
    /// timed wait for notifications threw and caught about five a second.
    /// </summary>
    [Fact]
    public async Task Idle_ThrowsNoExceptions()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        var (server, http) = await StartAsync(database, workingDirectory: null);
        await using (server)
        using (http)
        {
            // Past the start: the data version has been read once.
            var clock = Stopwatch.StartNew();
            while (!(await MetricsAsync(http)).Contains("oid_data_version", StringComparison.Ordinal))
            {
                Assert.True(clock.Elapsed < Patience, "the data version never showed on /metrics");
                await Task.Delay(250);
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
            var before = MetricsText.Sum(await MetricsAsync(http), "dotnet_exceptions_total");
            await Task.Delay(TimeSpan.FromSeconds(6));
            var after = MetricsText.Sum(await MetricsAsync(http), "dotnet_exceptions_total");

            Assert.True(after == before, $"{after - before} exceptions in 6 s of idling:\n{server.Output}");
        }
    }

    /// <summary>
    /// The program runs with the runtime settings its CPU figures depend on (benchmarks/load/README.md): no dynamic PGO, and
    /// thread-pool workers that sleep when out of work instead of spinning on sched_yield, which took a quarter to 40 % of
    /// the server's CPU while requests waited for a database-bound count, CPU PostgreSQL needs on the same cores.
    /// </summary>
    [Fact]
    public void Program_RunsWithoutThreadPoolSpinOrDynamicPgo()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "OpenIntegrationData.Api.runtimeconfig.json");
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.Equal(0, properties.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }

    private static async Task<(ApiProcess Server, HttpClient Http)> StartAsync(TestDatabase database, string? workingDirectory)
    {
        var port = FreePort();
        var server = ApiProcess.Start(
            ["--urls", $"http://127.0.0.1:{port}"],
            new Dictionary<string, string>
            {
                ["ConnectionStrings__Postgres"] = database.ConnectionString,
                ["Database__SeedWhenEmpty"] = "false",
            },
            workingDirectory);
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return (server, http);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (clock.Elapsed > Patience)
            {
                var log = server.Output + server.Errors;
                await server.DisposeAsync();
                http.Dispose();
                throw new TimeoutException($"the server did not become healthy:\n{log}");
            }

            await Task.Delay(250);
        }
    }

    private static async Task<string> MetricsAsync(HttpClient http) =>
        await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
