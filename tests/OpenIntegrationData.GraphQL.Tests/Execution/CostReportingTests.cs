using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Types.Building;
using OpenIntegrationData.GraphQL.Validation.Cost;
using static OpenIntegrationData.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace OpenIntegrationData.GraphQL.Tests.Execution;

public sealed class CostReportingTests
{
    private const string Sdl = """
        type Query { book: Book @cost(weight: "10") }
        type Book { title: String author: Author }
        type Author { name: String }
        """;

    private const string Query = "{ book { title author { name } } }";

    private static RequestExecutor CreateExecutor(Action? onResolve = null, CostOptions? cost = null)
    {
        var builder = SchemaBuilder.FromSdl(Sdl).EnableCostDirectives().Resolve("Query", "book", _ =>
        {
            onResolve?.Invoke();
            return new Dictionary<string, object?> { ["title"] = "T", ["author"] = new Dictionary<string, object?> { ["name"] = "A" } };
        });
        return new RequestExecutor(builder.Build(), new ExecutorOptions { Cost = cost ?? CostOptions.Default });
    }

    [Fact]
    public async Task ExecuteAsync_CostReport_AddsOperationCostAfterData()
    {
        var json = await CreateExecutor().ExecuteJsonAsync(Query, options: new RequestOptions { Cost = CostMode.Report });

        Assert.Equal("""{"data":{"book":{"title":"T","author":{"name":"A"}}},"extensions":{"operationCost":{"fieldCost":11,"typeCost":3}}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_CostValidateOnly_AnswersWithTheCostAndExecutesNothing()
    {
        var resolved = false;
        var result = await CreateExecutor(() => resolved = true).ExecuteAsync(new GraphQLRequest(Query), new RequestOptions { Cost = CostMode.ValidateOnly });

        Assert.Equal(ResultKind.ValidatedOnly, result.Kind);
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":11,"typeCost":3}}}""", Json(result));
        Assert.False(resolved);
    }

    [Fact]
    public async Task ExecuteAsync_FieldCostAboveLimit_IsRequestErrorHC0047()
    {
        var resolved = false;
        var result = await CreateExecutor(() => resolved = true, new CostOptions { MaxFieldCost = 10 }).ExecuteAsync(new GraphQLRequest(Query));

        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.Equal("HC0047", result.Errors.Single().Code);
        Assert.False(resolved);
    }

    [Fact]
    public async Task ExecuteAsync_CostErrorWithReport_CarriesTheOperationCost()
    {
        var json = await CreateExecutor(cost: new CostOptions { MaxTypeCost = 2 }).ExecuteJsonAsync(Query, options: new RequestOptions { Cost = CostMode.Report });

        Assert.EndsWith(""","extensions":{"operationCost":{"fieldCost":11,"typeCost":3}}}""", json);
        Assert.Contains("The maximum allowed type cost was exceeded.", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_SlicingArgumentFromVariable_ReportsTheCostOfEachRequestsValue()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { books(first: Int): [Book!] @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false) }
            type Book { title: String }
            """).EnableCostDirectives().Resolve("Query", "books", _ => Array.Empty<object>()).Build();
        var executor = new RequestExecutor(schema);
        var report = new RequestOptions { Cost = CostMode.ValidateOnly };
        const string query = "query($n: Int) { books(first: $n) { title } }";

        var two = await executor.ExecuteJsonAsync(query, Variables(("n", 2L)), options: report);
        var five = await executor.ExecuteJsonAsync(query, Variables(("n", 5L)), options: report);
        var twoAgain = await executor.ExecuteJsonAsync(query, Variables(("n", 2L)), options: report);

        Assert.NotEqual(two, five);
        Assert.Equal(two, twoAgain);
        Assert.Contains("\"typeCost\":6", five, StringComparison.Ordinal);
    }
}
