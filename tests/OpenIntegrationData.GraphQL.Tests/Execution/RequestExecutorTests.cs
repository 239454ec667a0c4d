using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Execution;
using static OpenIntegrationData.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace OpenIntegrationData.GraphQL.Tests.Execution;

public sealed class RequestExecutorTests
{
    private const string Sdl = """
        type Query {
          district(id: Int!): District
          districts(first: Int = 2): [District!]!
          greeting(name: String = "World"): String!
          requiredDistrict: District!
          numbers: [Int!]
          failing: String
          failingRequired: String!
          broken: Int
          kind: Kind
        }
        type District { id: Int! name: String! population: Int }
        enum Kind { CITY DISTRICT }
        type Mutation { add(value: Int!): Int! }
        type Subscription { ticks: Int }
        """;

    private static readonly Dictionary<string, object?>[] Districts =
    [
        new() { ["id"] = 1, ["name"] = "Altstadt", ["population"] = 100 },
        new() { ["id"] = 2, ["name"] = "Nordstadt", ["population"] = null },
        new() { ["id"] = 3, ["name"] = null, ["population"] = 300 },
    ];

    private static RequestExecutor CreateExecutor(ExecutorOptions? options = null) => new(
        Schema(Sdl, b => b
            .Resolve("Query", "district", c => Districts.FirstOrDefault(d => (int)d["id"]! == c.ArgumentValue<int>("id")))
            .Resolve("Query", "districts", c => Districts.Take(c.ArgumentValue<int>("first")).ToList())
            .Resolve("Query", "greeting", c => $"Hello, {c.ArgumentValue<string>("name")}!")
            .Resolve("Query", "requiredDistrict", _ => null)
            .Resolve("Query", "numbers", _ => new object?[] { 1, null, 3 })
            .Resolve("Query", "failing", _ => throw new InvalidOperationException("secret"))
            .Resolve("Query", "failingRequired", _ => new GraphQLError("Not here.", extensions: [new("code", "X1")]))
            .Resolve("Query", "broken", _ => "abc")
            .Resolve("Query", "kind", _ => "CITY")),
        options);

    [Fact]
    public async Task ExecuteAsync_AliasesAndDefaultResolver_KeepSelectionOrder()
    {
        var json = await CreateExecutor().ExecuteJsonAsync("{ district(id: 1) { n: name id } greeting }");

        Assert.Equal("""{"data":{"district":{"n":"Altstadt","id":1},"greeting":"Hello, World!"}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_VariablesAndArgumentDefaults_AreCoerced()
    {
        var json = await CreateExecutor().ExecuteJsonAsync(
            "query($id: Int!, $name: String) { district(id: $id) { id } greeting(name: $name) districts { id } }",
            Variables(("id", 2L), ("name", "Ada")));

        Assert.Equal("""{"data":{"district":{"id":2},"greeting":"Hello, Ada!","districts":[{"id":1},{"id":2}]}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_VariableOfWrongType_IsRequestErrorHC0016WithoutData()
    {
        var result = await CreateExecutor().ExecuteAsync(new GraphQLRequest("query($id: Int!) { district(id: $id) { id } }", variables: Variables(("id", "abc"))));

        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.Equal(
            """{"errors":[{"message":"Variable `id` got an invalid value.","locations":[{"line":1,"column":7}],"extensions":{"code":"HC0016","variable":"id","scalarError":"Int cannot represent non-integer value: \"abc\""}}]}""",
            Json(result));
    }

    [Fact]
    public async Task ExecuteAsync_MissingRequiredVariable_IsRequestError()
    {
        var json = await CreateExecutor().ExecuteJsonAsync("query($id: Int!) { district(id: $id) { id } }");

        Assert.Equal(
            """{"errors":[{"message":"Variable `id` is required.","locations":[{"line":1,"column":7}],"extensions":{"code":"HC0018","variable":"id"}}]}""",
            json);
    }

    [Fact]
    public async Task ExecuteAsync_NonNullFieldNull_NullsNearestNullableParentWithPath()
    {
        var json = await CreateExecutor().ExecuteJsonAsync("{ district(id: 3) { id name } greeting }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field.","locations":[{"line":1,"column":24}],"path":["district","name"],"extensions":{"code":"HC0018"}}],"data":{"district":null,"greeting":"Hello, World!"}}""",
            json);
    }

    [Fact]
    public async Task ExecuteAsync_NullInNonNullListItems_NullsTheListAndReportsTheIndex()
    {
        var json = await CreateExecutor().ExecuteJsonAsync("{ districts(first: 3) { name } numbers }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field.","locations":[{"line":1,"column":32}],"path":["numbers",1],"extensions":{"code":"HC0018"}},{"message":"Cannot return null for non-nullable field.","locations":[{"line":1,"column":25}],"path":["districts",2,"name"],"extensions":{"code":"HC0018"}}],"data":null}""",
            json);
    }

    [Fact]
    public async Task ExecuteAsync_NullableListWithNullItem_NullsOnlyThatList()
    {
        var json = await CreateExecutor().ExecuteJsonAsync("{ numbers greeting }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field.","locations":[{"line":1,"column":3}],"path":["numbers",1],"extensions":{"code":"HC0018"}}],"data":{"numbers":null,"greeting":"Hello, World!"}}""",
            json);
    }

    [Fact]
    public async Task ExecuteAsync_NonNullRootFieldNull_MakesDataNull()
    {
        var result = await CreateExecutor().ExecuteAsync(new GraphQLRequest("{ greeting requiredDistrict { id } }"));

        Assert.Equal(ResultKind.Executed, result.Kind);
        Assert.Null(result.Data);
        Assert.Equal(["requiredDistrict"], result.Errors.Single().Path!);
    }

    [Fact]
    public async Task ExecuteAsync_ResolverThrows_ReportsUnexpectedErrorWithoutDetailsAndKeepsSiblings()
    {
        var json = await CreateExecutor().ExecuteJsonAsync("{ failing greeting }");

        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":3}],"path":["failing"]}],"data":{"failing":null,"greeting":"Hello, World!"}}""",
            json);
    }

    [Fact]
    public async Task ExecuteAsync_IncludeExceptionDetails_AddsMessage()
    {
        var result = await CreateExecutor(new ExecutorOptions { IncludeExceptionDetails = true }).ExecuteAsync(new GraphQLRequest("{ failing }"));

        Assert.Equal("secret", result.Errors.Single().Extensions.Single(e => e.Key == "message").Value);
    }

    [Fact]
    public async Task ExecuteAsync_ResolverReturnsError_PlacesItAtTheFieldAndPropagatesNull()
    {
        var json = await CreateExecutor().ExecuteJsonAsync("{ failingRequired }");

        Assert.Equal(
            """{"errors":[{"message":"Not here.","locations":[{"line":1,"column":3}],"path":["failingRequired"],"extensions":{"code":"X1"}}],"data":null}""",
            json);
    }

    [Fact]
    public async Task ExecuteAsync_LeafCannotSerialize_IsFieldError()
    {
        var json = await CreateExecutor().ExecuteJsonAsync("{ broken kind }");

        Assert.StartsWith("""{"errors":[{"message":"Int cannot represent non-integer value: \"abc\"","locations":[{"line":1,"column":3}],"path":["broken"]}]""", json);
        Assert.EndsWith(""","data":{"broken":null,"kind":"CITY"}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_SyntaxError_IsRequestErrorWithLocation()
    {
        var result = await CreateExecutor().ExecuteAsync(new GraphQLRequest("{ district(id: 1) { id }"));

        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.Equal("HC0011", result.Errors.Single().Code);
        Assert.NotEmpty(result.Errors.Single().Locations);
    }

    [Fact]
    public async Task ExecuteAsync_InvalidDocument_IsRequestErrorWithoutData()
    {
        var result = await CreateExecutor().ExecuteAsync(new GraphQLRequest("{ nope }"));

        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.False(result.HasData);
        Assert.Contains("nope", result.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_EmptyQuery_IsRequestError()
    {
        var result = await CreateExecutor().ExecuteAsync(new GraphQLRequest(""));

        Assert.Equal("HC0013", result.Errors.Single().Code);
    }

    [Theory]
    [InlineData(null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("C", "Unknown operation named \"C\".")]
    public async Task ExecuteAsync_OperationNameDoesNotSelectOne_IsRequestError(string? operationName, string message)
    {
        var result = await CreateExecutor().ExecuteAsync(new GraphQLRequest("query A { greeting } query B { kind }", operationName));

        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.Equal(message, result.Errors.Single().Message);
    }

    [Fact]
    public async Task ExecuteAsync_OperationName_SelectsThatOperation()
    {
        var json = await CreateExecutor().ExecuteJsonAsync("query A { greeting } query B { kind }", operationName: "B");

        Assert.Equal("""{"data":{"kind":"CITY"}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_EmptyOperationName_MeansNone()
    {
        var json = await CreateExecutor().ExecuteJsonAsync("query A { kind }", operationName: "");

        Assert.Equal("""{"data":{"kind":"CITY"}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_MutationWhenOnlyQueriesAllowed_IsOperationNotAllowed()
    {
        var result = await CreateExecutor().ExecuteAsync(
            new GraphQLRequest("mutation { add(value: 1) }"),
            new RequestOptions { AllowedOperations = OperationKinds.Query });

        Assert.Equal(ResultKind.OperationNotAllowed, result.Kind);
        Assert.Equal("The specified operation kind is not allowed.", result.Errors.Single().Message);
    }

    [Fact]
    public async Task ExecuteAsync_Subscription_IsRejectedWithARequestError()
    {
        var result = await CreateExecutor().ExecuteAsync(new GraphQLRequest("subscription { ticks }"));

        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.Contains("Subscriptions are not supported", result.Errors.Single().Message, StringComparison.Ordinal);
    }
}
