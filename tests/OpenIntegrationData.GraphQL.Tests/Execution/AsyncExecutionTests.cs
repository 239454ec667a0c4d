using System.Collections.Concurrent;
using OpenIntegrationData.GraphQL.Execution;
using static OpenIntegrationData.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace OpenIntegrationData.GraphQL.Tests.Execution;

public sealed class AsyncExecutionTests
{
    private const string Sdl = """
        type Query { left: String right: String slow: String }
        type Mutation { first: Int! second: Int! third: Int! }
        """;

    [Fact]
    public async Task ExecuteAsync_AsyncQueryFields_RunConcurrently()
    {
        // Each resolver waits for the other one to start: only concurrent execution completes.
        var leftStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var rightStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = new RequestExecutor(Schema(Sdl, b => b
            .ResolveAsync("Query", "left", async c =>
            {
                leftStarted.SetResult();
                await rightStarted.Task.WaitAsync(c.CancellationToken);
                return "L";
            })
            .ResolveAsync("Query", "right", async c =>
            {
                rightStarted.SetResult();
                await leftStarted.Task.WaitAsync(c.CancellationToken);
                return "R";
            })));

        var json = await executor.ExecuteJsonAsync("{ left right }").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("""{"data":{"left":"L","right":"R"}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_MutationRootFields_RunOneAfterAnother()
    {
        var log = new ConcurrentQueue<string>();
        var running = 0;
        Func<ResolverContext, ValueTask<object?>> Step(int value) => async c =>
        {
            Assert.Equal(1, Interlocked.Increment(ref running));
            log.Enqueue($"start {c.Field.ResponseName}");
            await Task.Delay(20, c.CancellationToken);
            log.Enqueue($"end {c.Field.ResponseName}");
            Interlocked.Decrement(ref running);
            return value;
        };
        var executor = new RequestExecutor(Schema(Sdl, b => b
            .ResolveAsync("Mutation", "first", Step(1))
            .ResolveAsync("Mutation", "second", Step(2))
            .ResolveAsync("Mutation", "third", Step(3))));

        var json = await executor.ExecuteJsonAsync("mutation { c: third a: first b: second }");

        Assert.Equal("""{"data":{"c":3,"a":1,"b":2}}""", json);
        Assert.Equal(["start c", "end c", "start a", "end a", "start b", "end b"], log);
    }

    [Fact]
    public async Task ExecuteAsync_ClientCancels_ReturnsHC0049WithoutData()
    {
        using var cancellation = new CancellationTokenSource();
        var executor = new RequestExecutor(Schema(Sdl, b => b.ResolveAsync("Query", "slow", async c =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, c.CancellationToken);
            return "never";
        })));

        var result = await executor.ExecuteAsync(new GraphQLRequest("{ slow }"), cancellationToken: cancellation.Token);

        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.Equal("HC0049", result.Errors.Single().Code);
    }

    [Fact]
    public async Task ExecuteAsync_ResolverOutlivesTimeout_ReturnsHC0045()
    {
        var executor = new RequestExecutor(
            Schema(Sdl, b => b.ResolveAsync("Query", "slow", async _ =>
            {
                // Ignores the token on purpose: the executor must stop waiting anyway.
                await Task.Delay(TimeSpan.FromSeconds(5));
                return "late";
            })),
            new ExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        var json = await executor.ExecuteJsonAsync("{ slow }").WaitAsync(TimeSpan.FromSeconds(3));

        Assert.Equal("""{"errors":[{"message":"The request exceeded the configured timeout of `00:00:00.1000000`.","extensions":{"code":"HC0045"}}]}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_AsyncResolverThrows_ReportsFieldError()
    {
        var executor = new RequestExecutor(Schema(Sdl, b => b
            .ResolveAsync("Query", "left", async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException("boom");
            })
            .Resolve("Query", "right", _ => "R")));

        var json = await executor.ExecuteJsonAsync("{ left right }");

        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":3}],"path":["left"]}],"data":{"left":null,"right":"R"}}""",
            json);
    }
}
