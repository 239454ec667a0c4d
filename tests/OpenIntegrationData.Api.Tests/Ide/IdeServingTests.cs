using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenIntegrationData.Api.Ide;
using OpenIntegrationData.Api.Tests.Browser;

namespace OpenIntegrationData.Api.Tests.Ide;

/// <summary>
/// The IDE shares <c>/graphql</c> with GraphQL over HTTP (docs/conventions.md#ide): browsers get the app,
/// every GraphQL request still reaches the transport.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IdeServingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Get_GraphQLFromABrowser_RedirectsToTheTrailingSlashKeepingTheQueryString()
    {
        using var response = await SendAsync(HttpMethod.Get, "graphql?tab=1", accept: "text/html,application/xhtml+xml");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/graphql/?tab=1", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_GraphQLSlashFromABrowser_ServesTheIndexPage()
    {
        using var response = await SendAsync(HttpMethod.Get, "graphql/", accept: "text/html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_GraphQLSlashFromABrowser_AnswersHeadersWithoutBody()
    {
        using var response = await SendAsync(HttpMethod.Head, "graphql/", accept: "text/html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 0);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_IndexPage_ListsTheStartChunksBeforeMainAndPreloadsTheConfig()
    {
        using var manifestResponse = await SendAsync(HttpMethod.Get, "graphql/asset-manifest.json", accept: "*/*");
        var manifest = JsonDocument.Parse(await manifestResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("files");
        using var response = await SendAsync(HttpMethod.Get, "graphql/", accept: "text/html");
        var page = await response.Content.ReadAsStringAsync();
        var scripts = Regex.Matches(page, "<script defer=\"defer\" src=\"([^\"]+)\"></script>").Select(match => match.Groups[1].Value).ToList();
        var main = manifest.GetProperty("main.js").GetString()!.TrimStart('.', '/');

        // Each chunk the app asks for at start is in the package (a new release renumbers them: update
        // IdeIndexPage.StartChunks) and is listed before main.js, whose webpack runtime takes it in.
        foreach (var chunk in IdeIndexPage.StartChunks)
        {
            var path = manifest.EnumerateObject().Select(file => file.Value.GetString()!.TrimStart('.', '/'))
                .SingleOrDefault(file => file.StartsWith($"static/js/{chunk}.", StringComparison.Ordinal) && file.EndsWith(".chunk.js", StringComparison.Ordinal));
            Assert.True(path is not null, $"chunk {chunk} is not in the IDE package; IdeIndexPage.StartChunks needs the new release's chunks");
            Assert.InRange(scripts.IndexOf(path), 0, scripts.IndexOf(main) - 1);
        }

        Assert.Contains("<link rel=\"preload\" href=\"bcp-config.json\" as=\"fetch\" crossorigin=\"anonymous\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_IndexHtmlByName_IsThePageOfTheGraphQLRoute()
    {
        using var root = await SendAsync(HttpMethod.Get, "graphql/", accept: "text/html");
        using var byName = await SendAsync(HttpMethod.Get, "graphql/index.html", accept: "*/*");

        Assert.Equal(HttpStatusCode.OK, byName.StatusCode);
        Assert.Equal("text/html", byName.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await root.Content.ReadAsStringAsync(), await byName.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("bcp-config.json")]
    [InlineData("nitro-config.json")]
    public async Task Get_ConfigDocument_PointsTheIdeAtThePageUrlWithTelemetryOffAndTheStarterDocument(string name)
    {
        using var response = await SendAsync(HttpMethod.Get, "graphql/" + name, accept: "*/*");
        var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("OpenIntegrationData", config.GetProperty("title").GetString());
        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
        Assert.False(config.TryGetProperty("endpoint", out _), "an explicit endpoint would override the page URL");
        Assert.Contains("query ", config.GetProperty("graphQLDocument").GetString(), StringComparison.Ordinal);
        // Fetched on every visit; unchanged, it costs a 304.
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        using var revalidation = await SendAsync(HttpMethod.Get, "graphql/" + name, accept: "*/*", ifNoneMatch: response.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, revalidation.StatusCode);
    }

    [Fact]
    public async Task Get_EveryFileOfTheAssetManifest_IsServedWithItsContentType()
    {
        using var manifestResponse = await SendAsync(HttpMethod.Get, "graphql/asset-manifest.json", accept: "*/*");
        var manifest = JsonDocument.Parse(await manifestResponse.Content.ReadAsStringAsync()).RootElement;
        var files = manifest.GetProperty("files").EnumerateObject().Select(file => file.Value.GetString()!.TrimStart('.', '/')).ToArray();
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            using var response = await SendAsync(HttpMethod.Get, "graphql/" + file, accept: "*/*");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {response.StatusCode}");
            var expected = Path.GetExtension(file) switch
            {
                ".js" => "text/javascript",
                ".css" => "text/css",
                ".html" => "text/html",
                ".woff2" => "font/woff2",
                ".txt" => "text/plain",
                _ => response.Content.Headers.ContentType?.MediaType,
            };
            Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Get_HashedAppFile_IsCachedForAYearWhileThePageRevalidates()
    {
        using var manifestResponse = await SendAsync(HttpMethod.Get, "graphql/asset-manifest.json", accept: "*/*");
        var manifest = JsonDocument.Parse(await manifestResponse.Content.ReadAsStringAsync()).RootElement;
        var mainScript = manifest.GetProperty("files").GetProperty("main.js").GetString()!.TrimStart('.', '/');

        using var script = await SendAsync(HttpMethod.Get, "graphql/" + mainScript, accept: "*/*");
        using var page = await SendAsync(HttpMethod.Get, "graphql/", accept: "text/html");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", script.Headers.CacheControl?.ToString());
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());
        using var revalidation = await SendAsync(HttpMethod.Get, "graphql/", accept: "text/html", ifNoneMatch: page.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, revalidation.StatusCode);
    }

    [Fact]
    public async Task Get_ServiceWorker_IsOursListsEveryHashedFileAndRevalidatesOnEveryVisit()
    {
        using var manifestResponse = await SendAsync(HttpMethod.Get, "graphql/asset-manifest.json", accept: "*/*");
        var manifest = JsonDocument.Parse(await manifestResponse.Content.ReadAsStringAsync()).RootElement;
        var hashedFiles = manifest.GetProperty("files").EnumerateObject()
            .Select(file => file.Value.GetString()!.TrimStart('.', '/'))
            .Where(file => file.StartsWith("static/", StringComparison.Ordinal))
            .ToHashSet();

        using var response = await SendAsync(HttpMethod.Get, "graphql/service-worker.js", accept: "*/*");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        // The first line names this release's cache and its files: the app's hashed files, no page, config or worker.
        var release = JsonDocument.Parse(script.Split('\n')[0].Replace("const release = ", "", StringComparison.Ordinal).TrimEnd(';')).RootElement;
        Assert.Matches("^ide-[0-9a-f]{16}$", release.GetProperty("cache").GetString());
        Assert.Equal(hashedFiles, release.GetProperty("files").EnumerateArray().Select(file => file.GetString()!).ToHashSet());
        // It never takes over an open page (the app reloads itself when its worker changes; IdeLoadTests sees the effect).
        Assert.DoesNotContain("clients.claim", script, StringComparison.Ordinal);
        using var revalidation = await SendAsync(HttpMethod.Get, "graphql/service-worker.js", accept: "*/*", ifNoneMatch: response.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, revalidation.StatusCode);
    }

    [Fact]
    public async Task Get_License_ShipsTheChilliCreamLicenceAsText()
    {
        using var response = await SendAsync(HttpMethod.Get, "graphql/LICENSE", accept: "*/*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ChilliCream", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphql?query=%7B__typename%7D")]
    [InlineData("graphql/?query=%7B__typename%7D")]
    public async Task Get_GraphQLRequestFromABrowser_IsExecutedNotAnsweredWithTheIde(string pathAndQuery)
    {
        using var response = await SendAsync(HttpMethod.Get, pathAndQuery, accept: "text/html, application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"data\":{\"__typename\":\"Query\"}}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_SdlFromABrowser_DownloadsTheSchema()
    {
        using var response = await SendAsync(HttpMethod.Get, "graphql?sdl", accept: "text/html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_ToGraphQLSlash_ReachesTheTransport()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql/")
        {
            Content = new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        using var response = await fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"__typename\":\"Query\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphql", "application/json")]
    [InlineData("graphql/no-such-file.js", "*/*")]
    public async Task Get_NotForTheIde_FallsThroughTo404(string path, string accept)
    {
        using var response = await SendAsync(HttpMethod.Get, path, accept);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathAndQuery, string accept, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await fixture.Http.SendAsync(request);
    }
}
