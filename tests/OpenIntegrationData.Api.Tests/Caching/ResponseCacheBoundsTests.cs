using OpenIntegrationData.Api.Transport.Caching;

namespace OpenIntegrationData.Api.Tests.Caching;

/// <summary>The response cache stays within its bytes, keeps what is used, and empties when the data version changes.</summary>
public sealed class ResponseCacheBoundsTests
{
    private readonly ServedDataVersion _version = ServedDataVersion.Unchanging();

    [Fact]
    public void Add_BeyondTheByteBudget_EvictsTheLeastRecentlyUsed()
    {
        var cache = Cache(maxBytes: 10_000, maxEntryBytes: 5_000);

        cache.Add(Entry("a", 3_000));
        cache.Add(Entry("b", 3_000));
        Assert.True(cache.TryGet("\"a\"", out _)); // a is now the most recently used
        cache.Add(Entry("c", 3_000));
        cache.Add(Entry("d", 3_000));

        Assert.True(cache.Bytes <= 10_000, $"{cache.Bytes} bytes kept");
        Assert.False(cache.TryGet("\"b\"", out _));
        Assert.True(cache.TryGet("\"a\"", out _));
        Assert.True(cache.TryGet("\"d\"", out _));
    }

    [Fact]
    public void Add_AnswerLargerThanOneEntryMayBe_IsNotKept()
    {
        var cache = Cache(maxBytes: 100_000, maxEntryBytes: 5_000);

        cache.Add(Entry("small", 1_000));
        cache.Add(Entry("large", 6_000));

        Assert.True(cache.TryGet("\"small\"", out _));
        Assert.False(cache.TryGet("\"large\"", out _));
    }

    [Fact]
    public void DataVersionChange_DropsEveryAnswer()
    {
        var cache = Cache(maxBytes: 100_000, maxEntryBytes: 5_000);
        cache.Add(Entry("a", 1_000));

        _version.Set(7);

        Assert.Equal(0, cache.Count);
        Assert.Equal(0, cache.Bytes);
    }

    private ResponseCache Cache(long maxBytes, long maxEntryBytes) =>
        new(Microsoft.Extensions.Options.Options.Create(new ResponseCacheOptions { MaxBytes = maxBytes, MaxEntryBytes = maxEntryBytes }), _version);

    private static CachedResponse Entry(string name, int bodyBytes) => new($"\"{name}\"", new byte[bodyBytes], "application/json", null);
}
