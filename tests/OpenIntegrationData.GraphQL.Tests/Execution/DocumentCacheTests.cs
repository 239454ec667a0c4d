using OpenIntegrationData.GraphQL.Execution;
using static OpenIntegrationData.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace OpenIntegrationData.GraphQL.Tests.Execution;

public sealed class DocumentCacheTests
{
    private static RequestExecutor CreateExecutor(int cacheSize = 512, long maxTotalLength = 4_000_000) => new(
        Schema("type Query { a: Int b: Int }", b => b.Resolve("Query", "a", _ => 1).Resolve("Query", "b", _ => 2)),
        new ExecutorOptions { DocumentCacheSize = cacheSize, DocumentCacheMaxTotalLength = maxTotalLength });

    [Fact]
    public async Task ExecuteAsync_SameDocumentTwice_ParsesAndValidatesOnce()
    {
        var executor = CreateExecutor();

        await executor.ExecuteAsync(new GraphQLRequest("{ a b }"));
        var second = await executor.ExecuteAsync(new GraphQLRequest("{ a b }"));

        Assert.Equal("""{"data":{"a":1,"b":2}}""", Json(second));
        Assert.Equal(1, executor.Statistics.Parses);
        Assert.Equal(1, executor.Statistics.Validations);
        Assert.Equal(1, executor.Statistics.DocumentCacheHits);
        Assert.Equal(1, executor.Statistics.PlansBuilt);
        Assert.Equal(1, executor.Statistics.PlanCacheHits);
    }

    [Fact]
    public async Task ExecuteAsync_DocumentsLongerThanTheBudgetTogether_OldestDroppedUntilTheNewOneFits()
    {
        // Each padded document is 40 characters; the budget holds two of them.
        var executor = CreateExecutor(maxTotalLength: 90);
        string Padded(string fields) => ("{ " + fields + " }").PadRight(40);

        await executor.ExecuteAsync(new GraphQLRequest(Padded("a")));
        await executor.ExecuteAsync(new GraphQLRequest(Padded("b")));
        await executor.ExecuteAsync(new GraphQLRequest(Padded("a b")));
        await executor.ExecuteAsync(new GraphQLRequest(Padded("b")));
        await executor.ExecuteAsync(new GraphQLRequest(Padded("a")));

        Assert.Equal(1, executor.Statistics.DocumentCacheHits);
        Assert.Equal(4, executor.Statistics.Parses);
    }

    [Fact]
    public async Task ExecuteAsync_DocumentLongerThanTheWholeBudget_ExecutedButNotKept()
    {
        var executor = CreateExecutor(maxTotalLength: 10);

        var first = await executor.ExecuteAsync(new GraphQLRequest("{ a b }".PadRight(20)));
        await executor.ExecuteAsync(new GraphQLRequest("{ a b }".PadRight(20)));

        Assert.Equal("""{"data":{"a":1,"b":2}}""", Json(first));
        Assert.Equal(2, executor.Statistics.Parses);
        Assert.Equal(0, executor.Statistics.DocumentCacheHits);
    }

    [Fact]
    public async Task ExecuteAsync_DifferentText_ParsesAgain()
    {
        var executor = CreateExecutor();

        await executor.ExecuteAsync(new GraphQLRequest("{ a b }"));
        await executor.ExecuteAsync(new GraphQLRequest("{ a  b }"));

        Assert.Equal(2, executor.Statistics.Parses);
        Assert.Equal(0, executor.Statistics.DocumentCacheHits);
    }

    [Fact]
    public async Task ExecuteAsync_InvalidDocumentTwice_KeepsItsErrorsWithoutRevalidating()
    {
        var executor = CreateExecutor();

        var first = await executor.ExecuteAsync(new GraphQLRequest("{ c }"));
        var second = await executor.ExecuteAsync(new GraphQLRequest("{ c }"));

        Assert.Equal(Json(first), Json(second));
        Assert.Equal(1, executor.Statistics.Validations);
    }

    [Fact]
    public async Task ExecuteAsync_CacheFull_DropsTheLeastRecentlyUsedDocument()
    {
        var executor = CreateExecutor(cacheSize: 2);

        await executor.ExecuteAsync(new GraphQLRequest("{ a }"));
        await executor.ExecuteAsync(new GraphQLRequest("{ b }"));
        await executor.ExecuteAsync(new GraphQLRequest("{ a }"));
        await executor.ExecuteAsync(new GraphQLRequest("{ a b }"));
        await executor.ExecuteAsync(new GraphQLRequest("{ a }"));
        await executor.ExecuteAsync(new GraphQLRequest("{ b }"));

        Assert.Equal(4, executor.Statistics.Parses);
    }

    [Fact]
    public async Task ExecuteAsync_SkipWithVariable_PlansPerRequest()
    {
        var executor = CreateExecutor();
        const string query = "query($s: Boolean!) { a @skip(if: $s) b }";

        var skipped = await executor.ExecuteAsync(new GraphQLRequest(query, variables: Variables(("s", true))));
        var included = await executor.ExecuteAsync(new GraphQLRequest(query, variables: Variables(("s", false))));

        Assert.Equal("""{"data":{"b":2}}""", Json(skipped));
        Assert.Equal("""{"data":{"a":1,"b":2}}""", Json(included));
        Assert.Equal(2, executor.Statistics.PlansBuilt);
        Assert.Equal(1, executor.Statistics.Parses);
    }
}
