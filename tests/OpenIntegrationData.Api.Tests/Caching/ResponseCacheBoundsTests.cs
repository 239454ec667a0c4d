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

    [Fact]
    public void TryGet_ByTheRequestThatAsked_FindsTheAnswerUntilItIsEvicted()
    {
        var cache = Cache(maxBytes: 10_000, maxEntryBytes: 5_000);
        var request = Request("a");
        cache.Add(Entry("a", 3_000) with { Request = request });

        Assert.True(cache.TryGet(request, out var found));
        Assert.Equal("\"a\"", found.Tag);
        Assert.False(cache.TryGet(Request("b"), out _));
        Assert.Equal(0, cache.Misses); // a request not found by its spelling is looked up again by its tag, which counts

        cache.Add(Entry("b", 3_000));
        cache.Add(Entry("c", 3_000));
        cache.Add(Entry("d", 3_000));

        Assert.False(cache.TryGet(request, out _));
        Assert.True(cache.Bytes <= 10_000, $"{cache.Bytes} bytes kept");
    }

    [Fact]
    public void Add_AnotherAnswerForTheSameRequest_IsWhatTheRequestFindsAfterTheFirstIsEvicted()
    {
        var cache = Cache(maxBytes: 10_000, maxEntryBytes: 5_000);
        var request = Request("a");
        cache.Add(Entry("old", 3_000) with { Request = request });
        cache.Add(Entry("new", 3_000) with { Request = request });
        cache.Add(Entry("b", 3_000)); // pushes "old" out

        Assert.False(cache.TryGet("\"old\"", out _));
        Assert.True(cache.TryGet(request, out var found));
        Assert.Equal("\"new\"", found.Tag);
    }

    [Fact]
    public void Bytes_CountTheRequestAnAnswerIsKeptFor()
    {
        var cache = Cache(maxBytes: 100_000, maxEntryBytes: 50_000);
        var bare = Entry("a", 1_000);
        var withRequest = bare with { Request = new RequestKey("/graphql", "?query=" + new string('x', 5_000), "application/json", "") };

        cache.Add(withRequest);

        Assert.Equal(withRequest.Bytes, cache.Bytes);
        Assert.True(withRequest.Bytes >= bare.Bytes + 10_000, $"{withRequest.Bytes} bytes for a 5,000-character query string");
    }

    [Fact]
    public void KeepCompressed_CountsTheCopyInTheBytes_AndEvictsOthersToStayWithinThem()
    {
        var cache = Cache(maxBytes: 10_000, maxEntryBytes: 6_000);
        var a = Entry("a", 3_000);
        cache.Add(a);
        cache.Add(Entry("b", 3_000));
        cache.Add(Entry("c", 3_000));
        Assert.True(cache.TryGet("\"a\"", out _)); // a is now the most recently used

        cache.KeepCompressed(a, "br", new byte[1_500]);
        cache.KeepCompressed(a, "br", new byte[1_400]); // made twice at once: the first copy stays

        Assert.Equal(1_500, a.CompressedIn("br")!.Length);
        Assert.Null(a.CompressedIn("gzip"));
        Assert.True(cache.Bytes <= 10_000, $"{cache.Bytes} bytes kept");
        Assert.False(cache.TryGet("\"b\"", out _));
        Assert.True(cache.TryGet("\"c\"", out var c));
        Assert.Equal(a.Bytes + c.Bytes, cache.Bytes);
    }

    [Fact]
    public void KeepCompressed_ForAnAnswerNoLongerKept_OrBeyondOneEntrysBound_KeepsNothing()
    {
        var cache = Cache(maxBytes: 100_000, maxEntryBytes: 5_000);
        var gone = Entry("gone", 1_000);
        var large = Entry("large", 4_000);
        cache.Add(gone);
        cache.Add(large);
        cache.Clear();
        cache.Add(large);

        cache.KeepCompressed(gone, "br", new byte[500]);
        cache.KeepCompressed(large, "gzip", new byte[2_000]);

        Assert.Null(gone.CompressedIn("br"));
        Assert.Null(large.CompressedIn("gzip"));
        Assert.Equal(large.Bytes, cache.Bytes);
    }

    private static RequestKey Request(string name) => new("/graphql", "?query=" + name, "application/json", "");

    private ResponseCache Cache(long maxBytes, long maxEntryBytes) =>
        new(Microsoft.Extensions.Options.Options.Create(new ResponseCacheOptions { MaxBytes = maxBytes, MaxEntryBytes = maxEntryBytes }), _version);

    private static CachedResponse Entry(string name, int bodyBytes) => new($"\"{name}\"", new byte[bodyBytes], "application/json", null);
}
