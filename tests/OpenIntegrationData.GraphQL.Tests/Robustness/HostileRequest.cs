using System.Diagnostics;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Tests.Conformance;

namespace OpenIntegrationData.GraphQL.Tests.Robustness;

/// <summary>
/// Runs one request in-process through a fresh <see cref="RequestExecutor"/> on the
/// conformance schema, on a thread with a 1 MiB stack (no more than a server's worker threads
/// get), and measures how long it took and how much it allocated.
/// </summary>
internal static class HostileRequest
{
    private const int StackSize = 1024 * 1024;

    public static Outcome Run(string document, IReadOnlyDictionary<string, object?>? variables = null, ExecutorOptions? options = null)
    {
        var executor = ConformanceSchema.CreateExecutor(options);
        Outcome? outcome = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                    var stopwatch = Stopwatch.StartNew();
                    var task = executor.ExecuteAsync(new GraphQLRequest(document, variables: variables));
                    // Refusals complete before the first await, so the allocation count below is this thread's alone.
                    var result = task.GetAwaiter().GetResult();
                    stopwatch.Stop();
                    outcome = new Outcome(result, stopwatch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, task.IsCompletedSuccessfully);
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            StackSize);
        thread.Start();
        thread.Join();
        return failure is null ? outcome! : throw new InvalidOperationException("The executor threw instead of answering.", failure);
    }

    /// <summary>What came back, how long it took and how many bytes the request thread allocated.</summary>
    public sealed record Outcome(ExecutionResult Result, TimeSpan Elapsed, long AllocatedBytes, bool CompletedSynchronously)
    {
        public string Messages => string.Join(" | ", Result.Errors.Select(static e => e.Message));

        public override string ToString() =>
            $"{Result.Kind} in {Elapsed.TotalMilliseconds:F1} ms, {AllocatedBytes / 1024.0 / 1024.0:F2} MiB allocated: {Messages[..Math.Min(Messages.Length, 300)]}";
    }
}
