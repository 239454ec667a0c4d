using OpenIntegrationData.GraphQL.Execution;
using static OpenIntegrationData.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace OpenIntegrationData.GraphQL.Tests.Execution;

public sealed class ConcurrentExecutionTests
{
    private const string Sdl = """
        type Query { places: [Place!]! }
        interface Place { name: String! }
        type District implements Place { name: String! number: Int! }
        type Municipality implements Place { name: String! districts: [District!]! }
        """;

    [Fact]
    public async Task ExecuteAsync_ManyConcurrentRequestsOnOneCachedDocument_AllGetTheSameAnswer()
    {
        var district = new Dictionary<string, object?> { ["__typename"] = "District", ["name"] = "Altstadt", ["number"] = 1 };
        var municipality = new Dictionary<string, object?> { ["__typename"] = "Municipality", ["name"] = "Bonn", ["districts"] = new[] { district } };
        var paths = new System.Collections.Concurrent.ConcurrentBag<string>();
        var executor = new RequestExecutor(Schema(Sdl, b => b
            .ResolveAsync("Query", "places", async _ =>
            {
                await Task.Yield();
                return new object[] { municipality, district };
            })
            .Resolve("District", "number", c =>
            {
                paths.Add(string.Join('/', c.Path));
                return c.ParentAs<IReadOnlyDictionary<string, object?>>()["number"];
            })));
        const string query = "{ places { name ... on District { number } ... on Municipality { districts { number } } } }";

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => executor.ExecuteJsonAsync(query))));

        Assert.All(results, json => Assert.Equal(
            """{"data":{"places":[{"name":"Bonn","districts":[{"number":1}]},{"name":"Altstadt","number":1}]}}""",
            json));
        Assert.Equal(["places/0/districts/0/number", "places/1/number"], paths.Distinct().Order());
        Assert.True(executor.Statistics.Parses <= 64);
    }
}
