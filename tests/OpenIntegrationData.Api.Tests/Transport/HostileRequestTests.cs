using System.Text.Json;

namespace OpenIntegrationData.Api.Tests.Transport;

/// <summary>Hostile requests are refused quickly with a GraphQL error — never a 500, never a dropped connection.</summary>
[Collection(TransportServerCollection.Name)]
public sealed class HostileRequestTests(TransportServer server)
{
    [Fact]
    public async Task Post_DeeplyNestedVariables_Answers400WithHC0009()
    {
        var body = """{"query":"{ hello }","variables":{"v":""" + new string('[', 10_000) + new string(']', 10_000) + "}}";

        var response = await server.PostAsync(body);

        Assert.Equal(400, response.Status);
        Assert.Contains("\"code\":\"HC0009\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DeeplyNestedDocument_Answers400WithASyntaxError()
    {
        var query = new string('{', 10_000) + new string('}', 10_000);

        var response = await server.PostAsync(JsonSerializer.Serialize(new { query }));

        Assert.Equal(400, response.Status);
        Assert.Contains("\"code\":\"HC0011\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DeeplyNestedDocument_Answers400WithASyntaxError()
    {
        var query = Uri.EscapeDataString(new string('{', 1_000) + new string('}', 1_000));

        var response = await server.GetAsync("/graphql?query=" + query);

        Assert.Equal(400, response.Status);
        Assert.Contains("\"code\":\"HC0011\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvalidUtf8_Answers400WithHC0009()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent([.. "{\"query\":\"{ hello(name: \\\""u8, 0xC3, 0x28, .. "\\\") }\"}"u8]),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("\"code\":\"HC0009\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"query":"{ hello(name: \"\uD800\") }"}""")]
    [InlineData("""{"query":"{ hello }","variables":{"v":"\uDC00x"}}""")]
    [InlineData("""{"query":"{ hello }","variables":{"\uD800":1}}""")]
    public async Task Post_LoneSurrogateEscape_AnswersAGraphQLErrorNot500(string body)
    {
        var response = await server.PostAsync(body);

        Assert.Equal(400, response.Status);
        Assert.Contains("\"errors\"", response.Body, StringComparison.Ordinal);
    }
}
