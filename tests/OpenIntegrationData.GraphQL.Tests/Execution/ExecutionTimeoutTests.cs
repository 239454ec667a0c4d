using OpenIntegrationData.GraphQL.Execution;
using static OpenIntegrationData.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace OpenIntegrationData.GraphQL.Tests.Execution;

/// <summary>
/// The execution timeout when nothing asks for a cancellation token: the engine then keeps no
/// token source and compares the deadline itself, which must stop requests just the same.
/// </summary>
public sealed class ExecutionTimeoutTests
{
    private const string Sdl = """
        type Query { slow: Item }
        type Item { name: String }
        """;

    [Fact]
    public async Task ExecuteAsync_SynchronousResolverOutlivesTimeout_ReturnsHC0045BeforeTheNextLevel()
    {
        var nameResolved = false;
        var executor = new RequestExecutor(
            Schema(Sdl, b => b
                .Resolve("Query", "slow", _ =>
                {
                    Thread.Sleep(TimeSpan.FromMilliseconds(150));
                    return new Dictionary<string, object?> { ["name"] = "late" };
                })
                .Resolve("Item", "name", _ =>
                {
                    nameResolved = true;
                    return "late";
                })),
            new ExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(50) });

        var json = await executor.ExecuteJsonAsync("{ slow { name } }");

        Assert.Equal("""{"errors":[{"message":"The request exceeded the configured timeout of `00:00:00.0500000`.","extensions":{"code":"HC0045"}}]}""", json);
        Assert.False(nameResolved);
    }

    [Fact]
    public async Task ExecuteAsync_ResolverReadsTokenLate_TokenIsCanceledAtTheTimeout()
    {
        var canceledInTime = false;
        var executor = new RequestExecutor(
            Schema(Sdl, b => b.Resolve("Query", "slow", c =>
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(20));
                canceledInTime = c.CancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(5));
                return null;
            })),
            new ExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        await executor.ExecuteJsonAsync("{ slow { name } }");

        Assert.True(canceledInTime);
    }

    [Fact]
    public async Task ExecuteAsync_CallerCanceledBeforehand_ReturnsHC0049()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var executor = new RequestExecutor(Schema(Sdl, b => b.Resolve("Query", "slow", _ => null)));

        var result = await executor.ExecuteAsync(new GraphQLRequest("{ slow { name } }"), cancellationToken: cancellation.Token);

        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.Equal("HC0049", result.Errors.Single().Code);
    }
}
