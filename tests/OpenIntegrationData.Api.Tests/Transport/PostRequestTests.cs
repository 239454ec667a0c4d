using System.Text.Json;

namespace OpenIntegrationData.Api.Tests.Transport;

/// <summary>POST bodies: what is accepted, and the clear GraphQL error (never a 500) for everything else.</summary>
[Collection(TransportServerCollection.Name)]
public sealed class PostRequestTests(TransportServer server)
{
    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/")]
    [InlineData("/graphql/any/sub/path")]
    public async Task Post_EveryPathOfTheRoute_Executes(string path)
    {
        var response = await server.PostAsync("""{"query":"{ hello }"}""", path: path);

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", response.Body);
    }

    [Fact]
    public async Task Post_OtherPath_IsNotServed()
    {
        var response = await server.PostAsync("""{"query":"{ hello }"}""", path: "/graphqlx");

        Assert.Equal(404, response.Status);
    }

    [Fact]
    public async Task Post_AllParameters_AreUsed()
    {
        var response = await server.PostAsync(
            """{"query":"query A { hello } query B($n: String) { hello(name: $n) }","operationName":"B","variables":{"n":"Köln"},"extensions":{"some":"value"},"id":null}""");

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"data":{"hello":"Hello, Köln!"}}""", response.Body);
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("operationName")]
    [InlineData("extensions")]
    public async Task Post_NullOptionalParameter_IsLikeAbsent(string parameter)
    {
        var response = await server.PostAsync($$"""{"query":"{ hello }","{{parameter}}":null}""");

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", response.Body);
    }

    [Fact]
    public async Task Post_UnknownMembers_AreIgnored()
    {
        var response = await server.PostAsync("""{"query":"{ hello }","other":{"deep":[1,2,{"x":null}]}}""");

        Assert.Equal(200, response.Status);
    }

    [Theory]
    [InlineData("""{"query":"{ hello }","variables":"{}"}""", "`variables` must be an object or null, not a string.")]
    [InlineData("""{"query":"{ hello }","variables":[1]}""", "`variables` must be an object or null, not an array.")]
    [InlineData("""{"query":"{ hello }","variables":7}""", "`variables` must be an object or null, not a number.")]
    [InlineData("""{"query":"{ hello }","variables":false}""", "`variables` must be an object or null, not a boolean.")]
    [InlineData("""{"query":"{ hello }","extensions":"x"}""", "`extensions` must be an object or null, not a string.")]
    [InlineData("""{"query":"{ hello }","operationName":{"obj":"ect"}}""", "`operationName` must be a string or null, not an object.")]
    [InlineData("""{"query":"{ hello }","operationName":0}""", "`operationName` must be a string or null, not a number.")]
    [InlineData("""{"query":{"obj":"ect"}}""", "`query` must be a string or null, not an object.")]
    [InlineData("""{"query":["{ hello }"]}""", "`query` must be a string or null, not an array.")]
    [InlineData("""{"query":false}""", "`query` must be a string or null, not a boolean.")]
    [InlineData("""{"query":"{ hello }","id":5}""", "`id` must be a string or null, not a number.")]
    [InlineData("""[{"query":"{ hello }"}]""", "Request batching is not enabled; send one request object.")]
    [InlineData("\"{ hello }\"", "The request body must be a JSON object.")]
    [InlineData("""{"query":"{ hello }"} {}""", "The request body is not valid JSON: ")]
    [InlineData("""{ "not a JSON""", "The request body is not valid JSON: ")]
    [InlineData("""{"query":"{ hello }",}""", "The request body is not valid JSON: ")]
    [InlineData("""{"query":"{ hello }","variables":{"v":1e400}}""", "`variables`: The number 1e400 is out of range.")]
    public async Task Post_InvalidRequest_Answers400WithHC0009AndTheReason(string body, string reason)
    {
        var response = await server.PostAsync(body);

        Assert.Equal(400, response.Status);
        using var document = JsonDocument.Parse(response.Body);
        var error = document.RootElement.GetProperty("errors")[0];
        Assert.Equal("Invalid GraphQL Request.", error.GetProperty("message").GetString());
        Assert.Equal("HC0009", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith(reason, error.GetProperty("extensions").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.False(document.RootElement.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t ")]
    public async Task Post_EmptyBody_Answers400WithHC0009(string body)
    {
        var response = await server.PostAsync(body);

        Assert.Equal(400, response.Status);
        Assert.Equal("""{"errors":[{"message":"The GraphQL request is empty.","extensions":{"code":"HC0009"}}]}""", response.Body);
    }

    [Fact]
    public async Task Post_NeitherQueryNorId_Answers400WithHC0013()
    {
        var response = await server.PostAsync("""{"qeury":"{ hello }"}""");

        Assert.Equal(400, response.Status);
        Assert.Equal("""{"errors":[{"message":"Either the parameter query or the parameter id has to be set.","extensions":{"code":"HC0013"}}]}""", response.Body);
    }

    [Fact]
    public async Task Post_IdWithoutQuery_Answers400WithHC0020BecauseNoOperationIsPersisted()
    {
        var response = await server.PostAsync("""{"id":"abc"}""");

        Assert.Equal(400, response.Status);
        Assert.Equal(
            """{"errors":[{"message":"The specified persisted operation key is invalid.","extensions":{"code":"HC0020","requestedKey":"abc"}}]}""",
            response.Body);
    }

    [Fact]
    public async Task Post_SyntaxError_Answers400WithHC0011AndLocation()
    {
        var response = await server.PostAsync("""{"query":"query ($) { hello }"}""");

        Assert.Equal(400, response.Status);
        using var document = JsonDocument.Parse(response.Body);
        var error = document.RootElement.GetProperty("errors")[0];
        Assert.Equal("HC0011", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData(null)]
    public async Task Post_ContentTypeOtherThanUtf8Json_Answers415(string? contentType)
    {
        var response = await server.PostAsync("""{"query":"{ hello }"}""", contentType: contentType);

        Assert.Equal(415, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Contains("send the GraphQL request as `application/json`", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task Post_Utf8JsonContentTypeVariants_Execute(string contentType)
    {
        var response = await server.PostAsync("""{"query":"{ hello }"}""", contentType: contentType);

        Assert.Equal(200, response.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    public async Task Post_BodyOverTheLimit_Answers413WithHC0010(string? accept)
    {
        var query = "{ hello }" + new string(' ', (int)TransportServer.MaxRequestSize);
        var response = await server.PostAsync(JsonSerializer.Serialize(new { query }), accept);

        Assert.Equal(413, response.Status);
        Assert.Equal(
            """{"errors":[{"message":"Max GraphQL request size reached.","extensions":{"code":"HC0010","maxRequestSize":65536}}]}""",
            response.Body);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Answers413WithoutReadingItAll()
    {
        var query = "{ hello }" + new string(' ', 4 * (int)TransportServer.MaxRequestSize);
        var bytes = System.Text.Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query }));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StreamContent(new MemoryStream(bytes)) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(413, (int)response.StatusCode);
        Assert.Contains("HC0010", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ChunkedBodyUnderTheLimit_Executes()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("""{"query":"{ hello }"}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StreamContent(new MemoryStream(bytes)) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_BodyJustUnderTheLimit_Executes()
    {
        var envelope = JsonSerializer.Serialize(new { query = "{ hello }" });
        var query = "{ hello }" + new string(' ', (int)TransportServer.MaxRequestSize - envelope.Length);
        var body = JsonSerializer.Serialize(new { query });

        var response = await server.PostAsync(body);

        Assert.Equal(TransportServer.MaxRequestSize, body.Length);
        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Post_Utf8Text_RoundTrips()
    {
        var response = await server.PostAsync("""{"query":"{ hello(name: \"Run🏃Swim🏊 \\u00fc\") }"}""");

        Assert.Equal(200, response.Status);
        using var document = JsonDocument.Parse(response.Body);
        Assert.Equal("Hello, Run🏃Swim🏊 ü!", document.RootElement.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("""{"v":9223372036854775807}""", "echoInt", "Int!")]
    [InlineData("""{"v":99999999999999999999999}""", "echoInt", "Int!")]
    [InlineData("""{"v":2.5}""", "echoInt", "Int!")]
    [InlineData("""{"v":"7"}""", "echoInt", "Int!")]
    [InlineData("""{"v":[7]}""", "echoInt", "Int!")]
    [InlineData("""{"v":{"x":7}}""", "echoInt", "Int!")]
    [InlineData("""{"v":null}""", "echoInt", "Int!")]
    [InlineData("""{"v":"1.5"}""", "echoFloat", "Float!")]
    public async Task Post_VariableOfTheWrongKind_Answers400WithAVariableError(string variables, string field, string type)
    {
        var response = await server.PostAsync($$"""{"query":"query($v: {{type}}) { {{field}}(value: $v) }","variables":{{variables}}}""");

        Assert.Equal(400, response.Status);
        using var document = JsonDocument.Parse(response.Body);
        var error = document.RootElement.GetProperty("errors")[0];
        Assert.Equal("v", error.GetProperty("extensions").GetProperty("variable").GetString());
        Assert.False(document.RootElement.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("""{"v":2147483647}""", "echoInt", "Int!", "2147483647")]
    [InlineData("""{"v":-7}""", "echoInt", "Int!", "-7")]
    [InlineData("""{"v":7.0}""", "echoInt", "Int!", "7")]
    [InlineData("""{"v":1.5}""", "echoFloat", "Float!", "1.5")]
    [InlineData("""{"v":3}""", "echoFloat", "Float!", "3")]
    [InlineData("""{"v":1e3}""", "echoFloat", "Float!", "1000")]
    public async Task Post_NumericVariables_AreCoercedByTheirType(string variables, string field, string type, string expected)
    {
        var response = await server.PostAsync($$"""{"query":"query($v: {{type}}) { {{field}}(value: $v) }","variables":{{variables}}}""");

        Assert.Equal(200, response.Status);
        Assert.Equal($$$"""{"data":{"{{{field}}}":{{{expected}}}}}""", response.Body);
    }

    [Fact]
    public async Task Post_ListVariable_IsCoerced()
    {
        var response = await server.PostAsync("""{"query":"query($v: [Int!]!) { echoList(values: $v) }","variables":{"v":[1,2,3]}}""");

        Assert.Equal("""{"data":{"echoList":[1,2,3]}}""", response.Body);
    }
}
