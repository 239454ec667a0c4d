namespace OpenIntegrationData.Api.Tests.Caching;

/// <summary>Trusted documents by <c>id</c> (SHA-256 hex of the file text, or the file name) and the trusted-only mode.</summary>
public sealed class TrustedDocumentTests
{
    private const string Expected = """{"data":{"hello":"Hello, Köln!"}}""";

    private static readonly string TrustedHash = AutomaticPersistedQueryTests.Sha256(PersistedOperationsServer.TrustedDocument);

    [Fact]
    public async Task Id_HashOrFileName_RunsTheTrustedDocumentOverGetAndPost()
    {
        await using var server = await PersistedOperationsServer.StartAsync();

        var byHashGet = await server.GetAsync("/graphql?id=" + TrustedHash);
        var byNamePost = await server.PostAsync($$$"""{"id":"{{{PersistedOperationsServer.TrustedFileName}}}"}""");

        Assert.Equal(200, byHashGet.Status);
        Assert.Equal(Expected, byHashGet.Body);
        Assert.NotNull(byHashGet.Headers.ETag);
        Assert.Equal(200, byNamePost.Status);
        Assert.Equal(Expected, byNamePost.Body);
    }

    [Fact]
    public async Task Id_Unknown_Answers400WithTheRequestedKey()
    {
        await using var server = await PersistedOperationsServer.StartAsync();

        var response = await server.GetAsync("/graphql?id=nope");

        Assert.Equal(400, response.Status);
        Assert.Equal(
            """{"errors":[{"message":"The specified persisted operation key is invalid.","extensions":{"code":"HC0020","requestedKey":"nope"}}]}""",
            response.Body);
    }

    [Fact]
    public async Task OnlyTrustedDocuments_QueryText_Answers400HC0067()
    {
        await using var server = await PersistedOperationsServer.StartAsync(onlyTrusted: true);

        var get = await server.GetAsync("/graphql?query=%7B%20hello%20%7D");
        var post = await server.PostAsync("""{"query":"{ hello }"}""");
        var apqRegister = await server.PostAsync($$$"""{"query":"{ hello }","extensions":{{{AutomaticPersistedQueryTests.Extensions(AutomaticPersistedQueryTests.Sha256("{ hello }"))}}}}""");

        const string refused = """{"errors":[{"message":"Only persisted operations are allowed.","extensions":{"code":"HC0067"}}]}""";
        Assert.All([get, post, apqRegister], response =>
        {
            Assert.Equal(400, response.Status);
            Assert.Equal(refused, response.Body);
        });
    }

    [Fact]
    public async Task OnlyTrustedDocuments_TrustedId_StillRuns()
    {
        await using var server = await PersistedOperationsServer.StartAsync(onlyTrusted: true);

        var byId = await server.GetAsync("/graphql?id=" + TrustedHash);
        var byApqHash = await server.PostAsync($$$"""{"extensions":{{{AutomaticPersistedQueryTests.Extensions(TrustedHash)}}}}""");

        Assert.Equal(Expected, byId.Body);
        Assert.Equal(200, byApqHash.Status);
        Assert.Contains("\"hello\":\"Hello, Köln!\"", byApqHash.Body, StringComparison.Ordinal);
    }
}
