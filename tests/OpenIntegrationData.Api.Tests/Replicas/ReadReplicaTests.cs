using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using OpenIntegrationData.Api.Tests.Hosting;
using OpenIntegrationData.Testing;
using Xunit.Abstractions;

namespace OpenIntegrationData.Api.Tests.Replicas;

/// <summary>
/// Read replicas for real: a primary and a streaming standby, two API processes given both hosts. The nodes read from the
/// standby, an import through the same multi-host string writes on the primary, both nodes serve the new data once the
/// standby has replayed it (their data version comes from polling it), and when the standby stops they keep answering.
/// </summary>
public sealed class ReadReplicaTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private const string SourceQuery = "{ source(key: \"replica-city\") { title } }";

    [Fact]
    public async Task TwoNodes_PrimaryAndStandby_ReadFromTheStandbySeeImportsAndSurviveItsLoss()
    {
        await using var databases = await PrimaryAndStandby.StartAsync();
        Assert.True(await databases.StandbyIsInRecoveryAsync());
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = databases.MultiHostConnectionString,
            ["Database__DataVersionPollInterval"] = "00:00:00.5",
            ["Database__SeedDataFolder"] = SeedWithoutParts.Path,
        };

        // The first node migrates and seeds (on the primary); the second finds it done.
        var (first, firstHttp) = await StartNodeAsync(environment);
        await using var firstNode = first;
        var (second, secondHttp) = await StartNodeAsync(environment);
        await using var secondNode = second;
        using (firstHttp)
        using (secondHttp)
        {
            Assert.Equal("""{"data":{"source":null}}""", await GetAsync(firstHttp, SourceQuery));
            Assert.Equal("""{"data":{"source":null}}""", await GetAsync(secondHttp, SourceQuery));
            var servedByStandby = await PrimaryAndStandby.SessionsAsync(databases.StandbyConnectionString, "OpenIntegrationData");
            var servedByPrimary = await PrimaryAndStandby.SessionsAsync(databases.PrimaryConnectionString, "OpenIntegrationData");
            // Npgsql may keep the connection it probed the primary's role with: the standby must serve, the primary may idle.
            output.WriteLine($"request pool connections: standby {servedByStandby}, primary {servedByPrimary}");
            Assert.True(servedByStandby > 0, "no request connection on the standby");

            var folder = Directory.CreateTempSubdirectory("oid-replica-city-");
            await File.WriteAllLinesAsync(Path.Combine(folder.FullName, "source.csv"),
            [
                "key,title,publisher,url,kind,licence,is_illustrative",
                "replica-city,Open data of the replica city,Replica city,https://example.org/replica,open_data,CC-BY-4.0,false",
            ]);
            await using (var import = ApiProcess.Start(["import", folder.FullName], environment))
            {
                var exitCode = await import.WaitForExitAsync(Patience);
                output.WriteLine($"import: exit {exitCode}\n{import.Output}");
                Assert.True(exitCode == 0, import.Errors);
            }

            folder.Delete(recursive: true);
            const string imported = """{"data":{"source":{"title":"Open data of the replica city"}}}""";
            var firstSaw = await WaitForAnswerAsync(firstHttp, SourceQuery, imported);
            var secondSaw = await WaitForAnswerAsync(secondHttp, SourceQuery, imported);
            output.WriteLine($"import seen after {firstSaw.TotalMilliseconds:0} ms (node 1), {secondSaw.TotalMilliseconds:0} ms (node 2)");

            await databases.StopStandbyAsync();
            output.WriteLine("standby stopped");
            for (var i = 0; i < 5; i++)
            {
                // POST: never cached, so every answer comes from a database.
                var (status, body) = await PostAsync(i % 2 == 0 ? firstHttp : secondHttp, "{ districts(first: 2) { nodes { name } } }");
                Assert.True(status == HttpStatusCode.OK && body.StartsWith("{\"data\":{\"districts\":{\"nodes\":[{", StringComparison.Ordinal), $"{status}: {body}");
            }

            Assert.Equal(imported, await GetAsync(firstHttp, SourceQuery + " "));
            Assert.Equal(imported, await GetAsync(secondHttp, SourceQuery + " "));
            output.WriteLine("both nodes answered from the primary after the standby stopped");
        }
    }

    private static async Task<(ApiProcess Node, HttpClient Http)> StartNodeAsync(IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var node = ApiProcess.Start(["--urls", $"http://127.0.0.1:{port}"], environment);
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return (node, http);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (clock.Elapsed > Patience)
            {
                var log = node.Output + node.Errors;
                await node.DisposeAsync();
                throw new TimeoutException($"the node did not become healthy:\n{log}");
            }

            await Task.Delay(250);
        }
    }

    private static async Task<TimeSpan> WaitForAnswerAsync(HttpClient http, string query, string expected)
    {
        var clock = Stopwatch.StartNew();
        string last;
        while ((last = await GetAsync(http, query)) != expected)
        {
            Assert.True(clock.Elapsed < Patience, $"still answering {last}");
            await Task.Delay(100);
        }

        return clock.Elapsed;
    }

    private static async Task<string> GetAsync(HttpClient http, string query)
    {
        using var response = await http.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString(query), UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<(HttpStatusCode, string)> PostAsync(HttpClient http, string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
