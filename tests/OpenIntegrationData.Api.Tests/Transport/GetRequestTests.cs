namespace OpenIntegrationData.Api.Tests.Transport;

/// <summary>GraphQL over GET: the same answers as POST for queries, and the fall-through when a GET is not a GraphQL request.</summary>
[Collection(TransportServerCollection.Name)]
public sealed class GetRequestTests(TransportServer server)
{
    public static TheoryData<string, string?, string?> Requests => new()
    {
        { "{ hello }", null, null },
        { "query($n: String) { hello(name: $n) }", """{"n":"Bonn"}""", null },
        { "query A { hello } query B { hello(name: \"B\") }", null, "B" },
        { "{ hello failing }", null, null },
        { "{ bogus }", null, null },
        { "{ hello", null, null },
        { "query($v: Int!) { echoInt(value: $v) }", """{"v":"x"}""", null },
        { "query A { hello }", null, "Z" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Get_Query_AnswersExactlyAsPost(string query, string? variables, string? operationName)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query)
            + (variables is null ? string.Empty : "&variables=" + Uri.EscapeDataString(variables))
            + (operationName is null ? string.Empty : "&operationName=" + Uri.EscapeDataString(operationName));
        var body = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["query"] = query,
            ["variables"] = variables is null ? null : System.Text.Json.JsonDocument.Parse(variables).RootElement,
            ["operationName"] = operationName,
        });

        var get = await server.GetAsync(url);
        var post = await server.PostAsync(body);

        Assert.Equal(post.Status, get.Status);
        Assert.Equal(post.ContentTypeText, get.ContentTypeText);
        Assert.Equal(post.Body, get.Body);
    }

    [Theory]
    [InlineData("/graphql?query=%7B%20hello%20%7D")]
    [InlineData("/graphql/?query=%7B%20hello%20%7D")]
    [InlineData("/graphql?query=%7B%20hello%20%7D&variables=&extensions=%7B%7D")]
    [InlineData("/graphql?query=%7B%20hello%20%7D&variables=null")]
    public async Task Get_QueryOnEitherPath_Executes(string url)
    {
        var response = await server.GetAsync(url, "application/json");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentTypeText);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", response.Body);
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/")]
    [InlineData("/graphql?operationName=A")]
    [InlineData("/graphql?variables=%7B%7D")]
    public async Task Get_WithoutQueryIdOrExtensions_FallsThroughTo404(string url)
    {
        var response = await server.GetAsync(url);

        Assert.Equal(404, response.Status);
    }

    [Fact]
    public async Task Get_ExtensionsOnly_IsAGraphQLRequestWithoutQuery()
    {
        var response = await server.GetAsync("/graphql?extensions=" + Uri.EscapeDataString("""{"persistedQuery":{"version":1}}"""));

        Assert.Equal(400, response.Status);
        Assert.Contains("HC0013", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("variables", "{\"n\":", "`variables` is not valid JSON: ")]
    [InlineData("variables", "[1]", "`variables` must be an object or null, not an array.")]
    [InlineData("variables", "\"x\"", "`variables` must be an object or null, not a string.")]
    [InlineData("extensions", "5", "`extensions` must be an object or null, not a number.")]
    [InlineData("variables", "{} x", "`variables` is not valid JSON: ")]
    [InlineData("variables", "{\"v\":\"\\uD800\"}", "`variables` has text that cannot be decoded")]
    public async Task Get_MalformedJsonParameter_Answers400WithHC0009(string parameter, string value, string reason)
    {
        var response = await server.GetAsync($"/graphql?query=%7B%20hello%20%7D&{parameter}={Uri.EscapeDataString(value)}");

        Assert.Equal(400, response.Status);
        using var document = System.Text.Json.JsonDocument.Parse(response.Body);
        var extensions = document.RootElement.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal("HC0009", extensions.GetProperty("code").GetString());
        Assert.StartsWith(reason, extensions.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OperationNameNull_IsTheLiteralName()
    {
        var response = await server.GetAsync("/graphql?query=" + Uri.EscapeDataString("query A { hello }") + "&operationName=null");

        Assert.Equal(400, response.Status);
        Assert.Equal("""{"errors":[{"message":"Unknown operation named \"null\"."}]}""", response.Body);
    }

    [Fact]
    public async Task Put_IsNotServed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("""{"query":"{ hello }"}""") };

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(404, (int)response.StatusCode);
    }
}
