using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenIntegrationData.Api.Tests.Caching;
using OpenIntegrationData.Api.Transport.Caching;

namespace OpenIntegrationData.Api.Tests.Hosting;

/// <summary>
/// Two API servers in one process (as the tests run them, in parallel) each show their own figures on <c>/metrics</c>:
/// a server's instruments are not observed by the other's exporter, where one server's count would overwrite or add to
/// the other's.
/// </summary>
public sealed class MetricsPerServerTests : IClassFixture<ResponseCacheTests.CachedApi>
{
    private const string Count = "{ populationObservations(where: { year: { eq: 2019 } }) { totalCount } }";

    private readonly ResponseCacheTests.CachedApi _api;

    public MetricsPerServerTests(ResponseCacheTests.CachedApi api) => _api = api;

    [Fact]
    public async Task EachServer_ShowsOnlyItsOwnCounts()
    {
        await using var other = _api.WithSettings(new Dictionary<string, string>());
        using var otherClient = other.CreateClient();
        await ResponseCacheTests.CachedApi.WaitForVersionAsync(other.Services.GetRequiredService<ServedDataVersion>(), 1);

        // Three requests and two memo hits on this server, one request and no hit on the other.
        for (var i = 0; i < 3; i++)
        {
            (await _api.Client.PostAsJsonAsync("/graphql", new { query = Count })).EnsureSuccessStatusCode();
        }

        (await otherClient.PostAsJsonAsync("/graphql", new { query = "{ sources(first: 1) { nodes { key } } }" })).EnsureSuccessStatusCode();

        var mine = await _api.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        var theirs = await otherClient.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(2, MetricsText.Sum(mine, "oid_graphql_totals_memo_hits_total"));
        Assert.Equal(0, MetricsText.Sum(theirs, "oid_graphql_totals_memo_hits_total"));
        Assert.Equal(3, MetricsText.Sum(mine, "oid_graphql_requests_total"));
        Assert.Equal(1, MetricsText.Sum(theirs, "oid_graphql_requests_total"));
    }
}
