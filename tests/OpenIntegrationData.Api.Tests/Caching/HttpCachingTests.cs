namespace OpenIntegrationData.Api.Tests.Caching;

/// <summary>ETag, Cache-Control and 304 on GET answers, none on POST or errors.</summary>
public sealed class HttpCachingTests : IAsyncLifetime
{
    private const string HelloUrl = "/graphql?query=%7B%20hello%20%7D";

    private PersistedOperationsServer _server = null!;

    public async Task InitializeAsync() => _server = await PersistedOperationsServer.StartAsync(maxAgeSeconds: 120);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Get_SuccessfulQuery_CarriesETagCacheControlAndVary()
    {
        var response = await _server.GetAsync(HelloUrl);

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", response.Body);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.Equal("public, max-age=120", response.Headers.CacheControl!.ToString());
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Get_RepeatedWithIfNoneMatch_Answers304WithoutBody()
    {
        var first = await _server.GetAsync(HelloUrl);

        var second = await _server.GetAsync(HelloUrl, ifNoneMatch: first.Headers.ETag!.Tag);

        Assert.Equal(304, second.Status);
        Assert.Equal(string.Empty, second.Body);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task Get_IfNoneMatchOfAnotherBody_AnswersFullBody()
    {
        var other = await _server.GetAsync("/graphql?query=%7B%20hello(name%3A%20%22Bonn%22)%20%7D");

        var response = await _server.GetAsync(HelloUrl, ifNoneMatch: other.Headers.ETag!.Tag);

        Assert.Equal(200, response.Status);
        Assert.NotEqual(other.Headers.ETag, response.Headers.ETag);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", response.Body);
    }

    [Fact]
    public async Task Get_SameQueryTwice_GivesTheSameETag()
    {
        var first = await _server.GetAsync(HelloUrl);
        var second = await _server.GetAsync(HelloUrl);

        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task Get_WeakIfNoneMatchInAList_Answers304()
    {
        var first = await _server.GetAsync(HelloUrl);

        var second = await _server.GetAsync(HelloUrl, ifNoneMatch: "\"other\", W/" + first.Headers.ETag!.Tag);

        Assert.Equal(304, second.Status);
    }

    [Theory]
    [InlineData("/graphql?query=%7B%20bogus%20%7D")]
    [InlineData("/graphql?query=%7B%20hello%20failing%20%7D")]
    [InlineData("/graphql?query=%7B%20hello")]
    public async Task Get_Errors_AreNeverCacheable(string url)
    {
        var response = await _server.GetAsync(url);

        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Headers.CacheControl);
    }

    [Fact]
    public async Task Post_SuccessfulQuery_HasNoCacheHeaders()
    {
        var response = await _server.PostAsync("""{"query":"{ hello }"}""");

        Assert.Equal(200, response.Status);
        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Headers.CacheControl);
    }
}
