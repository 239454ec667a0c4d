using System.Net;
using System.Text;
using System.Text.Json;
using OpenIntegrationData.Api.Tests.Browser;

namespace OpenIntegrationData.Api.Tests.Compression;

/// <summary>
/// What travels compressed: the IDE and the widget bundle as the build's Brotli/gzip copies, GraphQL answers
/// compressed on the fly; each with <c>Vary: Accept-Encoding</c> so a cache keeps the codings apart.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CompressionTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Get_IdeBundleAcceptingACoding_SendsTheBuildsCopyThatDecompressesToTheFile(string coding)
    {
        var path = await MainIdeScriptAsync();
        var original = await GetBytesAsync(path, acceptEncoding: null);

        using var response = await SendAsync(HttpMethod.Get, path, acceptEncoding: $"{coding}, identity;q=0.5");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([coding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(body.Length * 3 < original.Length, $"{coding}: {body.Length} of {original.Length} bytes");
        Assert.Equal(original, CompressedBody.Decompress(body, coding));
    }

    [Fact]
    public async Task Get_IdeBundle_EachCodingHasItsOwnETagAndRevalidatesTo304()
    {
        var path = await MainIdeScriptAsync();
        using var plain = await SendAsync(HttpMethod.Get, path, acceptEncoding: null);
        using var brotli = await SendAsync(HttpMethod.Get, path, acceptEncoding: "gzip, br");

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", plain.Headers.Vary);
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.NotEqual(plain.Headers.ETag, brotli.Headers.ETag);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, path);
        revalidation.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        revalidation.Headers.IfNoneMatch.Add(brotli.Headers.ETag!);
        using var notModified = await fixture.Http.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Get_IdeBundleRefusingBrotli_FallsBackToGzip()
    {
        using var response = await SendAsync(HttpMethod.Get, await MainIdeScriptAsync(), acceptEncoding: "br;q=0, *;q=0.1");

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Get_WidgetBundleAcceptingBrotli_SendsTheBuildsCopy()
    {
        var original = await GetBytesAsync("widgets/oid-widgets.js", acceptEncoding: null);

        using var response = await SendAsync(HttpMethod.Get, "widgets/oid-widgets.js", acceptEncoding: "br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(original, CompressedBody.Decompress(await response.Content.ReadAsByteArrayAsync(), "br"));
    }

    [Fact]
    public async Task Post_GraphQLAcceptingGzip_AnswersCompressedJsonThatVariesByEncoding()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent("""{"query":"{ districts(first: 20) { nodes { name } } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");

        using var response = await fixture.Http.SendAsync(request);
        var json = Encoding.UTF8.GetString(CompressedBody.Decompress(await response.Content.ReadAsByteArrayAsync(), "gzip"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(20, JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("districts").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Get_GraphQLWithoutAcceptEncoding_IsPlainButStillVariesByEncoding()
    {
        // A CDN that stored this plain answer must not hand it to a client asking for Brotli, nor the reverse.
        using var response = await SendAsync(HttpMethod.Get, "graphql?query=%7B__typename%7D", acceptEncoding: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Get_GraphQLCompressed_HasAWeakETagThatStillRevalidates()
    {
        const string path = "graphql?query=%7Bdistricts(first%3A%2050)%7Bnodes%7Bname%7D%7D%7D";
        using var plain = await SendAsync(HttpMethod.Get, path, acceptEncoding: null);
        using var compressed = await SendAsync(HttpMethod.Get, path, acceptEncoding: "br");

        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        Assert.False(plain.Headers.ETag!.IsWeak);
        Assert.True(compressed.Headers.ETag!.IsWeak);
        Assert.Equal(plain.Headers.ETag.Tag, compressed.Headers.ETag.Tag);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, path);
        revalidation.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        revalidation.Headers.IfNoneMatch.Add(compressed.Headers.ETag);
        using var notModified = await fixture.Http.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    private async Task<string> MainIdeScriptAsync()
    {
        var manifest = JsonDocument.Parse(await GetBytesAsync("graphql/asset-manifest.json", acceptEncoding: null)).RootElement;
        var main = manifest.GetProperty("files").GetProperty("main.js").GetString()!;
        return "graphql/" + main.TrimStart('.', '/');
    }

    private async Task<byte[]> GetBytesAsync(string path, string? acceptEncoding)
    {
        using var response = await SendAsync(HttpMethod.Get, path, acceptEncoding);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation("Accept", "*/*");
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await fixture.Http.SendAsync(request);
    }
}
