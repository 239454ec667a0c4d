using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OpenIntegrationData.Api.Tests.Caching;

/// <summary>Apollo's automatic persisted queries: miss, register, hit — over POST and GET.</summary>
public sealed class AutomaticPersistedQueryTests : IAsyncLifetime
{
    private PersistedOperationsServer _server = null!;

    public async Task InitializeAsync() => _server = await PersistedOperationsServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    internal static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    internal static string Extensions(string hash) => $$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""";

    [Fact]
    public async Task Post_UnknownHashOnly_Answers400PersistedQueryNotFound()
    {
        var response = await _server.PostAsync($$$"""{"extensions":{{{Extensions(Sha256("{ hello(name: \"x\") }"))}}}}""");

        Assert.Equal(400, response.Status);
        Assert.Equal("""{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"HC0020"}}]}""", response.Body);
    }

    [Fact]
    public async Task Post_HashWithQuery_ExecutesAndThenTheHashAloneRuns()
    {
        const string query = "{ hello(name: \"APQ\") }";
        var hash = Sha256(query);

        var register = await _server.PostAsync(JsonSerializer.Serialize(new { query, extensions = JsonDocument.Parse(Extensions(hash)).RootElement }));
        var hashOnly = await _server.PostAsync($$$"""{"extensions":{{{Extensions(hash)}}}}""");

        var expected = """{"data":{"hello":"Hello, APQ!"},"extensions":{"persistedQuery":{"sha256Hash":""" + "\"" + hash + "\",\"persisted\":true}}}";
        Assert.Equal(200, register.Status);
        Assert.Equal(expected, register.Body);
        Assert.Equal(200, hashOnly.Status);
        Assert.Equal(expected, hashOnly.Body);
    }

    [Fact]
    public async Task Get_MissRegisterHit_IsTheApolloRetryFlowAndTheHitIsCacheable()
    {
        const string query = "{ hello(name: \"GET\") }";
        var hash = Sha256(query);
        var hashOnlyUrl = "/graphql?extensions=" + Uri.EscapeDataString(Extensions(hash));

        var miss = await _server.GetAsync(hashOnlyUrl);
        var register = await _server.GetAsync(hashOnlyUrl + "&query=" + Uri.EscapeDataString(query));
        var hit = await _server.GetAsync(hashOnlyUrl);

        Assert.Equal(400, miss.Status);
        Assert.Contains("PersistedQueryNotFound", miss.Body, StringComparison.Ordinal);
        Assert.Equal(200, register.Status);
        Assert.Equal(200, hit.Status);
        Assert.Contains("\"hello\":\"Hello, GET!\"", hit.Body, StringComparison.Ordinal);
        Assert.NotNull(hit.Headers.ETag);
        Assert.Equal(304, (await _server.GetAsync(hashOnlyUrl, ifNoneMatch: hit.Headers.ETag!.Tag)).Status);
    }

    [Fact]
    public async Task Post_HashNotOfTheQuery_IsRefusedAndNotStored()
    {
        var wrongHash = Sha256("{ hello }");

        var response = await _server.PostAsync($$$"""{"query":"{ hello(name: \"evil\") }","extensions":{{{Extensions(wrongHash)}}}}""");
        var later = await _server.PostAsync($$$"""{"extensions":{{{Extensions(wrongHash)}}}}""");

        Assert.Equal(400, response.Status);
        Assert.Contains("does not match the SHA-256 of the query text", response.Body, StringComparison.Ordinal);
        Assert.Contains("PersistedQueryNotFound", later.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"version":2,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}""")]
    [InlineData("""{"version":1,"sha256Hash":"abc"}""")]
    [InlineData("""{"version":1,"sha256Hash":7}""")]
    [InlineData("\"text\"")]
    public async Task Post_MalformedPersistedQuery_IsAnInvalidRequest(string persistedQuery)
    {
        var response = await _server.PostAsync($$$"""{"extensions":{"persistedQuery":{{{persistedQuery}}}}""");

        Assert.Equal(400, response.Status);
        Assert.Contains("\"code\":\"HC0009\"", response.Body, StringComparison.Ordinal);
    }
}
