using OpenIntegrationData.GraphQL.Execution;
using static OpenIntegrationData.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace OpenIntegrationData.GraphQL.Tests.Execution;

public sealed class CoercionErrorTests
{
    private static readonly RequestExecutor Executor = new(Schema(
        """
        type Query {
          district(id: Int!): String
          search(filter: Filter!): String
          tags(values: [Int!]): String
        }
        input Filter { name: String! limit: Int = 5 }
        """,
        b => b
            .Resolve("Query", "district", c => $"district {c.ArgumentValue<int>("id")}")
            .Resolve("Query", "search", c =>
            {
                var filter = c.ArgumentValue<IReadOnlyDictionary<string, object?>>("filter")!;
                return $"{filter["name"]}/{filter["limit"]}";
            })
            .Resolve("Query", "tags", c => string.Join(",", c.ArgumentValue<object?[]>("values")!))));

    [Fact]
    public async Task ExecuteAsync_InputObjectVariableMissingField_ReportsInputObjectError()
    {
        var json = await Executor.ExecuteJsonAsync(
            "query($f: Filter!) { search(filter: $f) }",
            Variables(("f", new Dictionary<string, object?> { ["limit"] = 1L })));

        Assert.Equal(
            """{"errors":[{"message":"Variable `f` got an invalid value.","locations":[{"line":1,"column":7}],"extensions":{"code":"HC0016","variable":"f","inputObjectError":"Field \"name\" of required type \"String!\" was not provided."}}]}""",
            json);
    }

    [Fact]
    public async Task ExecuteAsync_BadListItemInVariable_NamesTheItemPath()
    {
        var json = await Executor.ExecuteJsonAsync("query($v: [Int!]) { tags(values: $v) }", Variables(("v", new object?[] { 1L, "two" })));

        Assert.Contains("\"scalarError\":\"v[1]: Int cannot represent non-integer value: \\\"two\\\"\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_InputObjectVariable_GetsFieldDefaults()
    {
        var json = await Executor.ExecuteJsonAsync("query($f: Filter!) { search(filter: $f) }", Variables(("f", new Dictionary<string, object?> { ["name"] = "Alt" })));

        Assert.Equal("""{"data":{"search":"Alt/5"}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_SingleValueForListVariable_IsCoercedToAList()
    {
        var json = await Executor.ExecuteJsonAsync("query($v: [Int!]) { tags(values: $v) a: tags(values: 7) }", Variables(("v", 3L)));

        Assert.Equal("""{"data":{"tags":"3","a":"7"}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_NullVariableForNonNullArgument_IsFieldError()
    {
        // Allowed by validation because the variable has a default; null given explicitly still fails at run time.
        var json = await Executor.ExecuteJsonAsync("query($id: Int = 1) { district(id: $id) other: district(id: 2) }", Variables(("id", null)));

        Assert.Equal(
            """{"errors":[{"message":"Argument \"id\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":23}],"path":["district"]}],"data":{"district":null,"other":"district 2"}}""",
            json);
    }
}
