namespace OpenIntegrationData.Api.Tests.Transport;

/// <summary>The response media type chosen from <c>Accept</c>, row by row of docs/conventions.md#media-types.</summary>
[Collection(TransportServerCollection.Name)]
public sealed class MediaTypeNegotiationTests(TransportServer server)
{
    private const string Query = """{"query":"{ hello }"}""";

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData("application/json, */*")]
    [InlineData("application/json, text/plain, */*")]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    public async Task Post_AcceptNamingGraphQLResponseOrWildcardOrAbsent_AnswersGraphQLResponseJson(string? accept)
    {
        var response = await server.PostAsync(Query, accept);

        Assert.Equal(200, response.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentTypeText);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", response.Body);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("text/plain, application/json")]
    public async Task Post_AcceptApplicationJsonOnly_AnswersApplicationJson(string accept)
    {
        var response = await server.PostAsync(Query, accept);

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentTypeText);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", response.Body);
    }

    [Theory]
    [InlineData("application/unsupported")]
    [InlineData("text/html")]
    [InlineData("text/plain, image/png")]
    public async Task Post_AcceptOnlyUnsupportedTypes_Answers406WithHC0063(string accept)
    {
        var response = await server.PostAsync(Query, accept);

        Assert.Equal(406, response.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentTypeText);
        Assert.Equal("""{"errors":[{"message":"None of the `Accept` header values is supported.","extensions":{"code":"HC0063"}}]}""", response.Body);
    }

    [Fact]
    public async Task Post_AcceptUnparsable_Answers400WithHC0064AndTheHeaderValue()
    {
        var response = await server.PostAsync(Query, "unsupported");

        Assert.Equal(400, response.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentTypeText);
        Assert.Equal(
            """{"errors":[{"message":"Unable to parse the accept header value `unsupported`.","extensions":{"code":"HC0064","headerValue":"unsupported"}}]}""",
            response.Body);
    }

    [Theory]
    [InlineData("application/unsupported", 406)]
    [InlineData("unsupported", 400)]
    public async Task Get_AcceptRefused_AnswersTheSameAsPost(string accept, int status)
    {
        var response = await server.GetAsync("/graphql?query=%7B%20hello%20%7D", accept);

        Assert.Equal(status, response.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentTypeText);
    }
}
