using System.Text.Json;
using System.Text.Json.Nodes;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Data.Tests.Support;

/// <summary>Runs operations against the seeded graph and returns the response as the client sees it (JSON).</summary>
public sealed class GraphClient(SeededGraphFixture fixture, bool withoutCostLimits = false)
{
    /// <summary>Executes and returns the JSON response plus the number of SQL statements and round trips it took.</summary>
    public async Task<GraphResponse> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        // Tests of one collection run one after another, so the shared counter sees one request at a time.
        fixture.Statements.Reset();
        var executor = withoutCostLimits ? fixture.UnlimitedExecutor : fixture.Executor;
        var result = await executor.ExecuteAsync(new GraphQLRequest(query, variables: variables));
        var statements = fixture.Statements.Count;
        var roundTrips = fixture.Statements.RoundTrips;
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            ResultJsonWriter.Write(writer, result);
        }

        var json = JsonNode.Parse(buffer.ToArray())!.AsObject();
        return new GraphResponse(json, statements, roundTrips);
    }

    /// <summary>Executes and fails the test when the response has errors.</summary>
    public async Task<JsonNode> DataAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var response = await ExecuteAsync(query, variables);
        Assert.True(response.Errors is null, response.Json.ToJsonString());
        return response.Json["data"]!;
    }
}

/// <summary>A response: its JSON, how many statements it cost and in how many round trips to the database they went.</summary>
public sealed record GraphResponse(JsonObject Json, int Statements, int RoundTrips)
{
    public JsonArray? Errors => Json["errors"] as JsonArray;

    public JsonNode? Data => Json["data"];

    /// <summary>The code of the first error.</summary>
    public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();
}
