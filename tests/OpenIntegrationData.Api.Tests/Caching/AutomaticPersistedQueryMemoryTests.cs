using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenIntegrationData.Api.Transport.PersistedOperations;
using static OpenIntegrationData.Api.Tests.Caching.AutomaticPersistedQueryTests;

namespace OpenIntegrationData.Api.Tests.Caching;

/// <summary>
/// Anyone may register automatic persisted queries, so the store is bounded by bytes, not only by count:
/// padded documents are refused, and many registrations evict the least recently used.
/// </summary>
public sealed class AutomaticPersistedQueryMemoryTests
{
    [Fact]
    public async Task Post_FiftyRegistrationsPaddedTo10MB_AreRefusedUnreadAndKeepNothing()
    {
        // The issue's attack with the default settings: each body is over the 1 MiB request limit, so it is
        // refused from its Content-Length before it is read, parsed or hashed.
        await using var server = await PersistedOperationsServer.StartAsync();
        var store = server.Services.GetRequiredService<AutomaticPersistedQueryStore>();
        var padding = new string('#', 10 * 1024 * 1024);

        for (var i = 0; i < 50; i++)
        {
            var query = $"{{ hello(name: \"{i}\") }}\n{padding}";
            var response = await server.PostAsync(JsonSerializer.Serialize(new { query, extensions = JsonDocument.Parse(Extensions(Sha256(query))).RootElement }));

            Assert.Equal(413, response.Status);
            Assert.Contains("\"code\":\"HC0010\"", response.Body, StringComparison.Ordinal);
        }

        Assert.Equal(0, store.Count);
        Assert.Equal(0, store.Bytes);
    }

    [Fact]
    public async Task Post_FiftyRegistrationsAboveTheDocumentCap_AreRefusedAndKeepNothing()
    {
        // Below the request limit but above the persisted document cap (64 Ki characters).
        await using var server = await PersistedOperationsServer.StartAsync();
        var store = server.Services.GetRequiredService<AutomaticPersistedQueryStore>();
        var padding = new string('#', 512 * 1024);
        var hashes = new List<string>();

        for (var i = 0; i < 50; i++)
        {
            var query = $"{{ hello(name: \"{i}\") }}\n{padding}";
            hashes.Add(Sha256(query));
            var response = await server.PostAsync(JsonSerializer.Serialize(new { query, extensions = JsonDocument.Parse(Extensions(hashes[^1])).RootElement }));

            Assert.Equal(400, response.Status);
            Assert.Contains("\"code\":\"PERSISTED_QUERY_TOO_LARGE\"", response.Body, StringComparison.Ordinal);
        }

        // Kept, the 50 documents would hold about 50 MB (UTF-16); the store holds nothing and knows none of them.
        Assert.Equal(0, store.Count);
        Assert.Equal(0, store.Bytes);
        var lookup = await server.PostAsync($$$"""{"extensions":{{{Extensions(hashes[^1])}}}}""");
        Assert.Contains("PersistedQueryNotFound", lookup.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_DocumentsAboveTheCapOrTheBudget_AreNotKept()
    {
        var store = new AutomaticPersistedQueryStore(Microsoft.Extensions.Options.Options.Create(new PersistedOperationOptions { MaxAutomaticBytes = 150_000, MaxAutomaticDocumentLength = 60_000 }));

        store.Add(new string('a', 64), new string('#', 10 * 1024 * 1024));
        store.Add(new string('b', 64), new string('#', 50_000));
        store.Add(new string('c', 64), new string('#', 50_000));

        Assert.False(store.TryGet(new string('a', 64), out _));
        Assert.False(store.TryGet(new string('b', 64), out _));
        Assert.True(store.TryGet(new string('c', 64), out _));
        Assert.InRange(store.Bytes, 100_000, 100_400);
    }

    [Fact]
    public async Task Post_ManyRegistrations_StayWithinTheByteBudgetAndKeepTheRecentOnes()
    {
        const long budget = 256 * 1024;
        await using var server = await PersistedOperationsServer.StartAsync(maxAutomaticBytes: budget);
        var store = server.Services.GetRequiredService<AutomaticPersistedQueryStore>();
        var comment = "# " + new string('x', 20_000) + "\n";
        var hashes = new List<string>();

        for (var i = 0; i < 40; i++)
        {
            var query = $"{comment}{{ hello(name: \"{i}\") }}";
            var hash = Sha256(query);
            hashes.Add(hash);
            var response = await server.PostAsync(JsonSerializer.Serialize(new { query, extensions = JsonDocument.Parse(Extensions(hash)).RootElement }));
            Assert.Equal(200, response.Status);
            Assert.True(store.Bytes <= budget, $"{store.Bytes} bytes kept after {i + 1} registrations");
        }

        var newest = await server.PostAsync($$$"""{"extensions":{{{Extensions(hashes[^1])}}}}""");
        var oldest = await server.PostAsync($$$"""{"extensions":{{{Extensions(hashes[0])}}}}""");
        Assert.Equal(200, newest.Status);
        Assert.Contains("Hello, 39!", newest.Body, StringComparison.Ordinal);
        Assert.Equal(400, oldest.Status);
        Assert.Contains("PersistedQueryNotFound", oldest.Body, StringComparison.Ordinal);
        Assert.InRange(store.Count, 2, 8);
    }

    [Fact]
    public async Task Post_TooLargeForRegistration_StillRunsWithoutPersistedQuery()
    {
        await using var server = await PersistedOperationsServer.StartAsync();
        var query = "{ hello(name: \"big\") }\n# " + new string('x', 70_000);

        var response = await server.PostAsync(JsonSerializer.Serialize(new { query }));

        Assert.Equal(200, response.Status);
        Assert.Contains("Hello, big!", response.Body, StringComparison.Ordinal);
    }
}
