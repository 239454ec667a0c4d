using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenIntegrationData.Api.Transport.Caching;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.Import;

namespace OpenIntegrationData.Api.Tests.Caching;

/// <summary>
/// The real API over a real, seeded database: a count asked again (by POST, which the response cache never keeps) is
/// answered from the totals memo without touching the database (proved by locking the table it counts), an import
/// that adds rows changes the count as soon as the server serves the import's version, and the memo can be turned off.
/// </summary>
public sealed class TotalsMemoTests : IClassFixture<ResponseCacheTests.CachedApi>
{
    private const string SourcesCount = "{ sources { totalCount } }";

    private readonly ResponseCacheTests.CachedApi _api;

    public TotalsMemoTests(ResponseCacheTests.CachedApi api) => _api = api;

    [Fact]
    public async Task Post_CountAskedAgain_IsAnsweredWhileTheTableIsLocked_AndShowsOnMetrics()
    {
        const string Query = "{ populationObservations(where: { year: { eq: 2022 }, persons: { gte: 100 } }) { totalCount } }";
        var first = await PostAsync(_api.Client, Query, TimeSpan.FromSeconds(60));

        await using (await _api.LockTableAsync("population_observation"))
        {
            var second = await PostAsync(_api.Client, Query, TimeSpan.FromSeconds(5));

            Assert.Equal(first.ToJsonString(), second.ToJsonString());
            // The lock is real: another filter has to count, and waits for it.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                PostAsync(_api.Client, "{ populationObservations(where: { year: { eq: 2021 } }) { totalCount } }", TimeSpan.FromSeconds(1)));
        }

        Assert.True(first["populationObservations"]!["totalCount"]!.GetValue<int>() > 0);
        var metrics = await _api.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Matches(@"oid_graphql_totals_memo_hits_total(\{[^}]*\})? [1-9]", metrics);
        Assert.Contains("oid_graphql_totals_memo_misses_total", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ThatAddsARow_ChangesTheKeptCountOnceTheServerServesItsVersion()
    {
        var before = (await PostAsync(_api.Client, SourcesCount, TimeSpan.FromSeconds(60)))["sources"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(before, (await PostAsync(_api.Client, SourcesCount, TimeSpan.FromSeconds(60)))["sources"]!["totalCount"]!.GetValue<int>());

        var import = await new FolderImporter(_api.Database.DataSource).ImportAsync(_api.CityFolder);
        Assert.True(import.Succeeded, string.Join("\n", import.Problems));
        await _api.WaitForVersionAsync(import.DataVersion!.Value);
        var after = (await PostAsync(_api.Client, SourcesCount, TimeSpan.FromSeconds(60)))["sources"]!["totalCount"]!.GetValue<int>();

        Assert.Equal(before + 1, after);
    }

    [Fact]
    public async Task Post_WithTheMemoTurnedOff_CountsEveryTime()
    {
        await using var unmemoised = _api.WithSettings(new Dictionary<string, string> { ["GraphQL:TotalsMemo:Enabled"] = "false" });
        using var client = unmemoised.CreateClient();
        await ResponseCacheTests.CachedApi.WaitForVersionAsync(unmemoised.Services.GetRequiredService<ServedDataVersion>(), 1);
        const string Query = "{ populationObservations(where: { year: { eq: 2020 } }) { totalCount } }";
        await PostAsync(client, Query, TimeSpan.FromSeconds(60));

        await using (await _api.LockTableAsync("population_observation"))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PostAsync(client, Query, TimeSpan.FromSeconds(1)));
        }

        var memo = unmemoised.Services.GetRequiredService<TotalsMemo>();
        Assert.Equal((0, 0L), (memo.Count, memo.Hits));
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string query, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        using var response = await client.PostAsJsonAsync("/graphql", new { query }, cancellation.Token);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellation.Token))!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }
}
