using OpenIntegrationData.GraphQL.Execution;
using static OpenIntegrationData.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace OpenIntegrationData.GraphQL.Tests.Execution;

public sealed class BatchResolverTests
{
    private const string Sdl = """
        type Query { districts: [District!]! }
        type District { id: Int! programmes(limit: Int = 20): [Programme!]! }
        type Programme { id: Int! goals: [Goal!]! }
        type Goal { number: Int! }
        """;

    private sealed record District(int Id);

    private sealed record Programme(int DistrictId, int Id);

    private sealed record Goal(int Number);

    [Fact]
    public async Task ExecuteAsync_NestedBatchFields_CallEachBatchResolverOncePerLevel()
    {
        var programmeCalls = new List<int>();
        var goalCalls = new List<int>();
        var executor = new RequestExecutor(Schema(Sdl, b => b
            .Resolve("Query", "districts", _ => Enumerable.Range(1, 10).Select(static i => new District(i)).ToList())
            .ResolveBatch("District", "programmes", async c =>
            {
                await Task.Yield();
                programmeCalls.Add(c.Parents.Count);
                var limit = c.ArgumentValue<int>("limit");
                return [.. c.Parents.Cast<District>().Select(d => (object?)Enumerable.Range(1, limit).Select(i => new Programme(d.Id, (d.Id * 100) + i)).ToList())];
            })
            .ResolveBatch("Programme", "goals", c =>
            {
                goalCalls.Add(c.Parents.Count);
                return ValueTask.FromResult<IReadOnlyList<object?>>([.. c.Parents.Cast<Programme>().Select(p => (object?)new[] { new Goal(p.Id % 17) })]);
            })));

        var result = await executor.ExecuteAsync(new GraphQLRequest("{ districts { id programmes { id goals { number } } } }"));

        Assert.Empty(result.Errors);
        Assert.Equal([10], programmeCalls);
        Assert.Equal([200], goalCalls);
        var districts = (ResultList)((ResultMap)result.Data!)["districts"]!;
        var lastProgramme = (ResultMap)((ResultList)((ResultMap)districts[9]!)["programmes"]!)[19]!;
        Assert.Equal(1020, lastProgramme["id"]);
        Assert.Equal(1020 % 17, ((ResultMap)((ResultList)lastProgramme["goals"]!)[0]!)["number"]);
    }

    [Fact]
    public async Task ExecuteAsync_BatchResolver_SeesThePlannedSubSelectionAndItsArguments()
    {
        IReadOnlyList<string>? selected = null;
        var executor = new RequestExecutor(Schema(Sdl, b => b
            .Resolve("Query", "districts", _ => new[] { new District(1), new District(2) })
            .ResolveBatch("District", "programmes", c =>
            {
                selected = [.. c.Field.SelectionSet!.Fields.Select(f => f.ResponseName)];
                return ValueTask.FromResult<IReadOnlyList<object?>>([.. c.Parents.Select(_ => (object?)Array.Empty<Programme>())]);
            })));

        await executor.ExecuteAsync(new GraphQLRequest("query($n: Int) { districts { programmes(limit: $n) { pid: id ...G } } } fragment G on Programme { goals { number } }"));

        Assert.Equal(["pid", "goals"], selected);
    }

    [Fact]
    public async Task ExecuteAsync_AliasedFieldsWithDifferentArguments_AreSeparateBatches()
    {
        var calls = new List<int?>();
        var executor = new RequestExecutor(Schema(Sdl, b => b
            .Resolve("Query", "districts", _ => new[] { new District(1), new District(2), new District(3) })
            .ResolveBatch("District", "programmes", c =>
            {
                calls.Add(c.ArgumentValue<int?>("limit"));
                return ValueTask.FromResult<IReadOnlyList<object?>>([.. c.Parents.Select(_ => (object?)Array.Empty<Programme>())]);
            })));

        await executor.ExecuteAsync(new GraphQLRequest("{ districts { a: programmes(limit: 1) { id } b: programmes(limit: 2) { id } } }"));

        Assert.Equal([1, 2], calls);
    }

    [Fact]
    public async Task ExecuteAsync_BatchReturnsWrongCount_EveryParentGetsAFieldError()
    {
        var executor = new RequestExecutor(Schema(Sdl, b => b
            .Resolve("Query", "districts", _ => new[] { new District(1), new District(2) })
            .ResolveBatch("District", "programmes", _ => ValueTask.FromResult<IReadOnlyList<object?>>([]))));

        var result = await executor.ExecuteAsync(new GraphQLRequest("{ districts { programmes { id } } }"));

        Assert.Null(result.Data);
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal("The batch resolver of \"District.programmes\" returned 0 values for 2 parents.", result.Errors[0].Message);
    }
}
