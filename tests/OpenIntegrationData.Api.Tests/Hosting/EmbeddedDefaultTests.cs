using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpenIntegrationData.Api.Tests.Hosting;

/// <summary>The API started with no connection string: it runs, migrates and seeds its own private cluster.</summary>
public sealed class EmbeddedDefaultTests : IDisposable
{
    /// <summary>Migrating and importing the seed (657,485 population figures, Berlin's small areas included) takes about a
    /// minute on a quiet 2-core machine and four at a load of 15 (239 s measured); the limit catches a start that hangs, not a slow one.</summary>
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(600);

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"oid-embedded-test-{Guid.NewGuid():N}");

    private string DataDirectory => Path.Combine(_root, "pgdata");

    [Fact]
    public async Task Run_NoConnectionString_SeedsAndAnswersHealthAndStopsItsClusterOnShutdown()
    {
        var port = FreePort();
        await using var api = ApiProcess.Start(
            ["--urls", $"http://127.0.0.1:{port}"],
            new Dictionary<string, string> { ["Database__LocalDataDirectory"] = DataDirectory });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };

        var healthy = await WaitForHealthAsync(http);

        Assert.True(healthy, $"/health did not answer 200 within {StartLimit.TotalSeconds} s. Output:\n{api.Output}\n{api.Errors}");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/alive", UriKind.Relative))).StatusCode);
        Assert.True(File.Exists(Path.Combine(DataDirectory, "postmaster.pid")), "the private cluster should run while the API runs");
        Assert.Equal(0, await HealthCheckCommandExitCodeAsync(port));

        var exitCode = await api.TerminateAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exitCode);
        Assert.False(File.Exists(Path.Combine(DataDirectory, "postmaster.pid")), "the private cluster should stop with the API");
        Assert.Equal(1, await HealthCheckCommandExitCodeAsync(port));
    }

    private static async Task<int> HealthCheckCommandExitCodeAsync(int port)
    {
        await using var probe = ApiProcess.Start(["healthcheck", $"http://127.0.0.1:{port}/health"], new Dictionary<string, string>());
        return await probe.WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static async Task<bool> WaitForHealthAsync(HttpClient http)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartLimit)
        {
            try
            {
                var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
