using System.Net;
using OpenIntegrationData.Api.Tests.Compression;

namespace OpenIntegrationData.Api.Tests.Caching;

/// <summary>
/// A kept answer is compressed once for the clients that accept a coding (browsers do), kept with the answer in the cache's
/// bytes, and sent from memory with <c>Content-Encoding</c>, <c>Vary</c> and a weak ETag, its bytes decompressing to the
/// very JSON a client without <c>Accept-Encoding</c> gets; proved to come from memory by locking the table it reads.
/// </summary>
public sealed class CachedCompressionTests : IClassFixture<ResponseCacheTests.CachedApi>
{
    private const string Url = "/graphql?query=%7B%20districts(first%3A%2040)%20%7B%20nodes%20%7B%20id%20name%20number%20%7D%20%7D%20%7D";

    private readonly ResponseCacheTests.CachedApi _api;

    public CachedCompressionTests(ResponseCacheTests.CachedApi api) => _api = api;

    [Fact]
    public async Task Get_FromABrowser_IsCompressedOnceKeptWithTheAnswer_AndDecompressesToTheSameJson()
    {
        using var plain = await GetAsync(acceptEncoding: null);
        var json = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var keptBefore = _api.Cache.Bytes;

        using var first = await GetAsync("gzip, deflate, br, zstd");
        var brotli = await first.Content.ReadAsByteArrayAsync();
        var keptWithBrotli = _api.Cache.Bytes;

        Assert.Equal(["br"], first.Content.Headers.ContentEncoding);
        Assert.Equal(json, CompressedBody.Decompress(brotli, "br"));
        Assert.True(brotli.Length < json.Length / 2, $"{brotli.Length} of {json.Length} bytes");
        Assert.True(keptWithBrotli >= keptBefore + brotli.Length, $"kept {keptBefore} -> {keptWithBrotli} bytes");
        Assert.True(first.Headers.ETag!.IsWeak);
        Assert.Equal(plain.Headers.ETag!.Tag, first.Headers.ETag.Tag);
        Assert.Contains("Accept-Encoding", first.Headers.Vary);
        Assert.Contains("Accept", first.Headers.Vary);

        await using (await _api.LockTableAsync("district"))
        {
            using var again = await GetAsync("br", TimeSpan.FromSeconds(5));
            Assert.Equal(brotli, await again.Content.ReadAsByteArrayAsync());
            Assert.Equal(brotli.Length, again.Content.Headers.ContentLength);
            Assert.Equal(keptWithBrotli, _api.Cache.Bytes);

            using var gzip = await GetAsync("gzip", TimeSpan.FromSeconds(5));
            Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
            Assert.Equal(json, CompressedBody.Decompress(await gzip.Content.ReadAsByteArrayAsync(), "gzip"));
            Assert.True(_api.Cache.Bytes > keptWithBrotli);

            using var none = await GetAsync(acceptEncoding: null, TimeSpan.FromSeconds(5));
            Assert.Empty(none.Content.Headers.ContentEncoding);
            Assert.Equal(json, await none.Content.ReadAsByteArrayAsync());
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string? acceptEncoding, TimeSpan? timeout = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Url, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        return await _api.Client.SendAsync(request, cancellation.Token);
    }
}
