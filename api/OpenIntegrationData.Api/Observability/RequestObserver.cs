using System.Diagnostics;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Observability;

/// <summary>What the GraphQL endpoint reports about each request: metrics, and one log entry when it failed on the server's side.</summary>
internal sealed class RequestObserver(ApiMetrics metrics, RequestFailureLog failureLog)
{
    /// <summary>The request was refused with <paramref name="error"/> before it could execute.</summary>
    public void Refused(GraphQLError error) => metrics.RecordRefusal(error.Code);

    /// <summary>Starts observing the request on this flow (before it executes).</summary>
    public Observation Begin() => new(metrics, failureLog, RequestFailures.Begin(), Stopwatch.GetTimestamp());

    /// <summary>One request under observation.</summary>
    public sealed class Observation(ApiMetrics metrics, RequestFailureLog failureLog, RequestFailures failures, long started) : IDisposable
    {
        /// <summary>The request was answered with <paramref name="result"/>.</summary>
        public void End(HttpContext context, ExecutionResult result)
        {
            metrics.Record(result, Stopwatch.GetElapsedTime(started));
            if (result.Errors.Count > 0)
            {
                failureLog.Record(context, result, failures.First);
            }

            Dispose();
        }

        public void Dispose() => failures.Dispose();
    }
}
