using OpenIntegrationData.GraphQL.Execution;
using static OpenIntegrationData.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace OpenIntegrationData.GraphQL.Tests.Execution;

public sealed class PlanReuseTests
{
    private const string Query = "query($s: Boolean!, $n: Int) { a @skip(if: $s) b(n: $n) }";

    [Fact]
    public async Task ExecuteAsync_SkipWithVariableRepeatedWithSameValues_ReusesThePlan()
    {
        var executor = CreateExecutor();

        var first = await executor.ExecuteAsync(new GraphQLRequest(Query, variables: Variables(("s", true), ("n", 2L))));
        var second = await executor.ExecuteAsync(new GraphQLRequest(Query, variables: Variables(("s", true), ("n", 2L))));

        Assert.Equal("""{"data":{"b":2}}""", Json(first));
        Assert.Equal(Json(first), Json(second));
        Assert.Equal(1, executor.Statistics.PlansBuilt);
        Assert.Equal(1, executor.Statistics.PlanCacheHits);
    }

    [Fact]
    public async Task ExecuteAsync_SkipVariableChangesBackAndForth_EachAnswerFollowsItsOwnValues()
    {
        var executor = CreateExecutor();

        var skipped = await executor.ExecuteAsync(new GraphQLRequest(Query, variables: Variables(("s", true), ("n", 1L))));
        var included = await executor.ExecuteAsync(new GraphQLRequest(Query, variables: Variables(("s", false), ("n", 1L))));
        var skippedAgain = await executor.ExecuteAsync(new GraphQLRequest(Query, variables: Variables(("s", true), ("n", 3L))));

        Assert.Equal("""{"data":{"b":1}}""", Json(skipped));
        Assert.Equal("""{"data":{"a":1,"b":1}}""", Json(included));
        Assert.Equal("""{"data":{"b":3}}""", Json(skippedAgain));
        Assert.Equal(3, executor.Statistics.PlansBuilt);
    }

    private static RequestExecutor CreateExecutor() => new(Schema(
        "type Query { a: Int b(n: Int): Int }",
        b => b.Resolve("Query", "a", static _ => 1).Resolve("Query", "b", static c => c.Arguments["n"])));
}
