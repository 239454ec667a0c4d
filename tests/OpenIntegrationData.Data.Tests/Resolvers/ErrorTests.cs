using System.Text.Json.Nodes;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Resolvers;

/// <summary>Bad input gets a GraphQL error with HotChocolate's code and shape, never an exception.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ErrorTests(SeededGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);

    [Fact]
    public async Task Connection_FirstAboveMaximum_HC0051AndNullField()
    {
        var response = await _client.ExecuteAsync("{ districts(first: 51) { nodes { id } } }");

        Assert.Equal("HC0051", response.FirstErrorCode);
        var error = response.Errors![0]!;
        Assert.Equal("The maximum allowed items per page were exceeded.", error["message"]!.GetValue<string>());
        Assert.Equal("""{"code":"HC0051","fieldCoordinate":"Query.districts","requestedItems":51,"maxAllowedItems":50}""", error["extensions"]!.ToJsonString());
        Assert.Equal("""["districts"]""", error["path"]!.ToJsonString());
        Assert.Null(response.Data!["districts"]);
        Assert.Equal(0, response.Statements);
    }

    [Theory]
    [InlineData("first: -1")]
    [InlineData("last: -1")]
    public async Task Connection_NegativePageSize_HC0079(string arguments)
    {
        var response = await _client.ExecuteAsync($"{{ districts({arguments}) {{ nodes {{ id }} }} }}");

        Assert.Equal("HC0079", response.FirstErrorCode);
        Assert.Equal("The requested number of values per page must be at least 0.", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task NestedConnection_LastAboveMaximum_HC0051ForEachParent()
    {
        var response = await _client.ExecuteAsync("{ municipalities(first: 2) { nodes { name districts(last: 60) { nodes { id } } } } }");

        Assert.All(response.Errors!, e => Assert.Equal("HC0051", e!["extensions"]!["code"]!.GetValue<string>()));
        Assert.Equal("Municipality.districts", response.Errors![0]!["extensions"]!["fieldCoordinate"]!.GetValue<string>());
        Assert.NotNull(response.Data!["municipalities"]!["nodes"]![0]!["name"]);
    }

    [Theory]
    [InlineData("after", "not a cursor")]
    [InlineData("after", "YQ==")] // "a": the default order's cursor is an integer key
    [InlineData("before", "")]
    public async Task Connection_MalformedCursor_HC0078(string argument, string cursor)
    {
        var response = await _client.ExecuteAsync($"{{ districts({argument}: \"{cursor}\") {{ nodes {{ id }} }} }}");

        var error = response.Errors![0]!;
        Assert.Equal($"The cursor specified in `{argument}` has an invalid format.", error["message"]!.GetValue<string>());
        Assert.Equal(new JsonObject { ["argument"] = argument, ["cursor"] = cursor, ["code"] = "HC0078" }.ToJsonString(), error["extensions"]!.ToJsonString());
        Assert.Null(response.Data!["districts"]);
    }

    [Fact]
    public async Task Connection_CursorOfAnotherSortOrder_HC0078()
    {
        var data = await _client.DataAsync("{ districts(first: 1, order: [{ name: ASC }, { population: DESC }]) { pageInfo { endCursor } } }");
        var cursor = data["districts"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var response = await _client.ExecuteAsync($"{{ districts(after: \"{cursor}\") {{ nodes {{ id }} }} }}");

        Assert.Equal("HC0078", response.FirstErrorCode);
    }

    [Fact]
    public async Task Filter_NullForContains_HC0026WithHotChocolateMessage()
    {
        var response = await _client.ExecuteAsync("{ districts(where: { name: { contains: null } }) { nodes { id } } }");

        var error = response.Errors![0]!;
        Assert.Equal("The provided value for filter `contains` of type StringOperationFilterInput is invalid. Null values are not supported.", error["message"]!.GetValue<string>());
        Assert.Equal("""{"code":"HC0026","expectedType":"String!","filterType":"StringOperationFilterInput"}""", error["extensions"]!.ToJsonString());
        Assert.Null(response.Data!["districts"]);
    }

    [Theory]
    [InlineData("{ districts(where: { population: { gt: null } }) { nodes { id } } }")]
    [InlineData("{ districts(where: { programmes: { some: null } }) { nodes { id } } }")]
    [InlineData("{ districts(order: [{ name: null }]) { nodes { id } } }")]
    [InlineData("{ programmes(order: [{ name: { de: null } }]) { nodes { id } } }")]
    public async Task FilterOrSort_NullWhereAValueIsNeeded_HC0026(string query)
    {
        var response = await _client.ExecuteAsync(query);

        Assert.Equal("HC0026", response.FirstErrorCode);
        Assert.NotNull(response.Data);
    }

    [Theory]
    [InlineData("{ districts(where: { name: { eq: 1 } }) { nodes { id } } }")]
    [InlineData("{ districts(where: { nope: { eq: 1 } }) { nodes { id } } }")]
    [InlineData("{ programmes(where: { status: { eq: RUNNING } }) { nodes { id } } }")]
    [InlineData("{ programmes(where: { startDate: { gt: \"2023-02-30\" } }) { nodes { id } } }")]
    [InlineData("{ programmes(where: { startDate: { gt: \"10.03.2017\" } }) { nodes { id } } }")]
    public async Task Filter_WrongTypeUnknownFieldOrImpossibleDate_RequestErrorWithoutData(string query)
    {
        var response = await _client.ExecuteAsync(query);

        Assert.NotNull(response.Errors);
        Assert.False(response.Json.ContainsKey("data"));
        Assert.Equal(0, response.Statements);
    }

    [Fact]
    public async Task Filter_ImpossibleDateInVariable_RequestErrorWithoutData()
    {
        var response = await _client.ExecuteAsync(
            "query($d: LocalDate) { programmes(where: { startDate: { gt: $d } }) { nodes { id } } }",
            new Dictionary<string, object?> { ["d"] = "2023-02-30" });

        Assert.NotNull(response.Errors);
        Assert.False(response.Json.ContainsKey("data"));
    }

    [Fact]
    public async Task Node_MalformedId_ErrorWithOriginalValue()
    {
        var response = await _client.ExecuteAsync("""{ node(id: "not-an-id") { id } }""");

        var error = response.Errors![0]!;
        Assert.Equal("The node ID string has an invalid format.", error["message"]!.GetValue<string>());
        Assert.Equal("""{"originalValue":"not-an-id"}""", error["extensions"]!.ToJsonString());
        Assert.Null(response.Data!["node"]);
    }

    [Fact]
    public async Task Node_TypeThatIsNoNode_NoNodeResolverError()
    {
        var response = await _client.ExecuteAsync("""{ node(id: "Rm9vOjE=") { id } }""");

        Assert.Equal("There is no node resolver registered for type `Foo`.", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Node_UnknownKey_NullWithoutError()
    {
        var response = await _client.ExecuteAsync("""{ node(id: "RGlzdHJpY3Q6OTk5OTk5") { id } }""");

        Assert.Null(response.Errors);
        Assert.Null(response.Data!["node"]);
    }

    [Fact]
    public async Task Node_LegacyId_ResolvesAndAnswersWithNewFormat()
    {
        var data = await _client.DataAsync("""{ node(id: "RGlzdHJpY3QKaTE=") { id ... on District { name } } }""");

        Assert.Equal("RGlzdHJpY3Q6MQ==", data["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nodes_MoreThanFifty_HC0076()
    {
        var ids = string.Join(", ", Enumerable.Range(1, 51).Select(i => $"\"{Data.Graph.GlobalId.Format("Nationality", i)}\""));

        var response = await _client.ExecuteAsync($"{{ nodes(ids: [{ids}]) {{ id }} }}");

        Assert.Equal("HC0076", response.FirstErrorCode);
    }

    [Fact]
    public async Task Nodes_KnownAndUnknownIds_PositionalWithNullForUnknown()
    {
        var data = await _client.DataAsync("""{ nodes(ids: ["U291cmNlOjE=", "RGlzdHJpY3Q6OTk5OTk5", "RGlzdHJpY3Q6MQ=="]) { id __typename } }""");

        var nodes = data["nodes"]!.AsArray();
        Assert.Equal("Source", nodes[0]!["__typename"]!.GetValue<string>());
        Assert.Null(nodes[1]);
        Assert.Equal("RGlzdHJpY3Q6MQ==", nodes[2]!["id"]!.GetValue<string>());
    }
}
