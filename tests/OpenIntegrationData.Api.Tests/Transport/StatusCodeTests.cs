using System.Text.Json;

namespace OpenIntegrationData.Api.Tests.Transport;

/// <summary>Status codes, row by row of docs/conventions.md#status-codes, under both response media types.</summary>
[Collection(TransportServerCollection.Name)]
public sealed class StatusCodeTests(TransportServer server)
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    public static TheoryData<string, string, int, bool> Requests => new()
    {
        // body, kind of failure, status under application/graphql-response+json, has data
        { """{"query":"{ hello"}""", "syntax error", 400, false },
        { """{"query":"{ bogus }"}""", "validation error", 400, false },
        { """{"query":"query($v: Int!) { echoInt(value: $v) }","variables":{"v":"seven"}}""", "variable coercion error", 400, false },
        { """{"query":"query($v: Int!) { echoInt(value: $v) }"}""", "missing variable", 400, false },
        { """{"query":"query A { hello } query B { hello }","operationName":"C"}""", "unknown operation", 400, false },
        { """{"query":"query A { hello } query B { hello }"}""", "operation name required", 400, false },
        { """{"query":"{ hello failing }"}""", "field error with partial data", 200, true },
        { """{"query":"{ hello }"}""", "success", 200, true },
        { """{"query":"mutation { setMessage(text: \"hi\") }"}""", "mutation by POST", 200, true },
        { """{"notquery":"{ hello }"}""", "neither query nor id", 400, false },
        { """{"query":""}""", "empty query", 400, false },
        { """{"query":"{ hello }","variables":"{}"}""", "variables as a string", 400, false },
        { """{"query":"{ hello }""", "malformed JSON", 400, false },
        { "", "empty body", 400, false },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Post_GraphQLResponseJson_UsesTheStatusOfTheFailureKind(string body, string kind, int status, bool hasData)
    {
        var response = await server.PostAsync(body, GraphQLResponse);

        Assert.True(status == response.Status, $"{kind}: expected {status}, got {response.Status}: {response.Body}");
        Assert.Equal(GraphQLResponse, response.MediaType);
        Assert.Equal(hasData, HasData(response.Body));
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Post_ApplicationJson_AlwaysAnswers200(string body, string kind, int status, bool hasData)
    {
        _ = status;
        var response = await server.PostAsync(body, Json);

        Assert.True(response.Status == 200, $"{kind}: expected 200, got {response.Status}: {response.Body}");
        Assert.Equal(Json, response.MediaType);
        Assert.Equal(hasData, HasData(response.Body));
    }

    [Fact]
    public async Task Post_FieldError_KeepsPartialDataAndTheErrorPath()
    {
        var response = await server.PostAsync("""{"query":"{ hello failing }"}""");

        Assert.Equal(200, response.Status);
        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":9}],"path":["failing"]}],"data":{"hello":"Hello, world!","failing":null}}""",
            response.Body);
    }

    [Fact]
    public async Task Get_Mutation_Answers405WithoutExecuting()
    {
        var response = await server.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { setMessage(text: \"hi\") }"), GraphQLResponse);

        Assert.Equal(405, response.Status);
        Assert.Equal("""{"errors":[{"message":"The specified operation kind is not allowed."}]}""", response.Body);
    }

    [Fact]
    public async Task Get_MutationAcceptingApplicationJson_Answers200WithTheSameError()
    {
        var response = await server.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { setMessage(text: \"hi\") }"), Json);

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"errors":[{"message":"The specified operation kind is not allowed."}]}""", response.Body);
    }

    [Fact]
    public async Task Get_MutationChosenByOperationName_Answers405()
    {
        var query = Uri.EscapeDataString("query Q { hello } mutation M { setMessage(text: \"hi\") }");

        var mutation = await server.GetAsync($"/graphql?query={query}&operationName=M");
        var read = await server.GetAsync($"/graphql?query={query}&operationName=Q");

        Assert.Equal(405, mutation.Status);
        Assert.Equal(200, read.Status);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", read.Body);
    }

    private static bool HasData(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("data", out _);
    }
}
