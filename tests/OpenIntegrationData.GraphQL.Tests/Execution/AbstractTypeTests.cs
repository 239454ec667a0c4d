using OpenIntegrationData.GraphQL.Execution;
using static OpenIntegrationData.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace OpenIntegrationData.GraphQL.Tests.Execution;

public sealed class AbstractTypeTests
{
    private const string Sdl = """
        type Query { places: [Place!]! results: [Result!]! }
        interface Place { name: String! }
        type District implements Place { name: String! number: Int! }
        type Municipality implements Place { name: String! key: String! }
        union Result = District | Municipality
        """;

    private sealed record Municipality(string Name, string Key);

    [Fact]
    public async Task ExecuteAsync_InterfaceValues_ResolveByTypenameTypedValueAndClrTypeName()
    {
        var executor = new RequestExecutor(Schema(Sdl, b => b.Resolve("Query", "places", _ => new object[]
        {
            new Dictionary<string, object?> { ["__typename"] = "District", ["name"] = "Altstadt", ["number"] = 1 },
            new TypedValue("District", new Dictionary<string, object?> { ["name"] = "Nordstadt", ["number"] = 2 }),
            new Municipality("Bonn", "05314000"),
        })));

        var json = await executor.ExecuteJsonAsync("{ places { __typename name ... on District { number } ... on Municipality { key } } }");

        Assert.Equal(
            """{"data":{"places":[{"__typename":"District","name":"Altstadt","number":1},{"__typename":"District","name":"Nordstadt","number":2},{"__typename":"Municipality","name":"Bonn","key":"05314000"}]}}""",
            json);
    }

    [Fact]
    public async Task ExecuteAsync_UnionWithIsTypeOf_ResolvesTheMember()
    {
        var executor = new RequestExecutor(Schema(Sdl, b => b
            .Resolve("Query", "results", _ => new object[] { 7, "Köln" })
            .ExtendObjectType("District", t => t.IsTypeOf(static v => v is int)
                .ConfigureField("name", f => f.Resolve(c => $"District {c.Parent}"))
                .ConfigureField("number", f => f.Resolve(c => c.Parent)))
            .ExtendObjectType("Municipality", t => t.IsTypeOf(static v => v is string)
                .ConfigureField("name", f => f.Resolve(c => c.Parent)))));

        var json = await executor.ExecuteJsonAsync("{ results { ... on District { number name } ... on Municipality { name } } }");

        Assert.Equal("""{"data":{"results":[{"number":7,"name":"District 7"},{"name":"Köln"}]}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_UnresolvableAbstractValue_IsFieldErrorThatPropagates()
    {
        var executor = new RequestExecutor(Schema(Sdl, b => b.Resolve("Query", "places", _ => new object[] { 42 })));

        var result = await executor.ExecuteAsync(new GraphQLRequest("{ places { name } }"));

        Assert.Null(result.Data);
        Assert.Equal(["places", 0], result.Errors.Single().Path!);
        Assert.StartsWith("Abstract type \"Place\" must resolve to an Object type at runtime", result.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_TypenameOutsidePossibleTypes_IsFieldError()
    {
        var executor = new RequestExecutor(Schema(Sdl, b => b.Resolve("Query", "places", _ => new object[] { new TypedValue("Query", null) })));

        var result = await executor.ExecuteAsync(new GraphQLRequest("{ places { name } }"));

        Assert.Contains("Runtime Object type \"Query\" is not a possible type for \"Place\"", result.Errors.Single().Message, StringComparison.Ordinal);
    }
}
