using System.Net.Http.Headers;
using System.Text;

namespace OpenIntegrationData.Api.Tests.Caching;

/// <summary>
/// HotChocolate's route for trusted documents, <c>/graphql/persisted/{id}</c> and <c>/graphql/persisted/{id}/{operationName}</c>:
/// the id in the path, variables and extensions in the query string (GET) or the body (POST), answered as <c>?id=</c> is.
/// </summary>
public sealed class PersistedOperationRouteTests
{
    private const string Expected = """{"data":{"hello":"Hello, Köln!"}}""";

    private static readonly string TrustedHash = AutomaticPersistedQueryTests.Sha256(PersistedOperationsServer.TrustedDocument);

    [Fact]
    public async Task Get_IdInThePath_RunsTheTrustedDocumentAndIsCacheable()
    {
        await using var server = await PersistedOperationsServer.StartAsync();

        var byHash = await server.GetAsync("/graphql/persisted/" + TrustedHash);
        var byName = await server.GetAsync("/graphql/persisted/" + PersistedOperationsServer.TrustedFileName + "/Greeting");
        var asQueryParameter = await server.GetAsync("/graphql?id=" + TrustedHash);

        Assert.Equal((200, Expected), (byHash.Status, byHash.Body));
        Assert.Equal((200, Expected), (byName.Status, byName.Body));
        Assert.Equal(asQueryParameter.Headers.ETag, byHash.Headers.ETag);
        Assert.Equal("public, max-age=60", byHash.Headers.CacheControl?.ToString());
        var revalidated = await server.GetAsync("/graphql/persisted/" + TrustedHash, ifNoneMatch: byHash.Headers.ETag!.ToString());
        Assert.Equal(304, revalidated.Status);
    }

    [Fact]
    public async Task Get_VariablesInTheQueryString_AreUsed()
    {
        await using var server = await PersistedOperationsServer.StartAsync();

        var response = await server.GetAsync(
            $"/graphql/persisted/{PersistedOperationsServer.TrustedWithVariableFileName}/GreetingByName?variables={Uri.EscapeDataString("""{"name":"Düsseldorf"}""")}");

        Assert.Equal((200, """{"data":{"hello":"Hello, Düsseldorf!"}}"""), (response.Status, response.Body));
    }

    [Theory]
    [InlineData("{}", Expected)]
    [InlineData("""{"variables":{"name":"Essen"}}""", """{"data":{"hello":"Hello, Essen!"}}""")]
    public async Task Post_BodyWithVariablesOnly_RunsTheDocumentThePathNames(string body, string expected)
    {
        await using var server = await PersistedOperationsServer.StartAsync();
        var file = body == "{}" ? PersistedOperationsServer.TrustedFileName : PersistedOperationsServer.TrustedWithVariableFileName;

        using var response = await server.Client.PostAsync(
            new Uri("/graphql/persisted/" + file, UriKind.Relative),
            new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_UnknownId_Answers400HC0020WithTheRequestedKey()
    {
        await using var server = await PersistedOperationsServer.StartAsync();

        var response = await server.GetAsync("/graphql/persisted/nope");

        Assert.Equal(400, response.Status);
        Assert.Equal(
            """{"errors":[{"message":"The specified persisted operation key is invalid.","extensions":{"code":"HC0020","requestedKey":"nope"}}]}""",
            response.Body);
    }

    [Fact]
    public async Task Get_QueryTextInTheQueryString_IsIgnoredForTheDocumentThePathNames()
    {
        await using var server = await PersistedOperationsServer.StartAsync(onlyTrusted: true);

        var response = await server.GetAsync($"/graphql/persisted/{TrustedHash}?query={Uri.EscapeDataString("{ __typename }")}");

        Assert.Equal((200, Expected), (response.Status, response.Body));
    }

    [Theory]
    [InlineData("/graphql/persisted/")]
    [InlineData("/graphql/persisted/a/b/c")]
    public async Task Get_RouteWithoutIdOrWithMoreSegments_IsNotFound(string path)
    {
        await using var server = await PersistedOperationsServer.StartAsync();

        var response = await server.GetAsync(path);

        Assert.Equal(404, response.Status);
    }
}
