using OpenIntegrationData.Data.Failures;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Observability;

/// <summary>
/// Logs each GraphQL request that failed on the server's side once — its request id, the error codes and
/// the first exception behind them — as a structured entry. Client mistakes (syntax, validation, cost)
/// are the client's to read in the answer and are not logged.
/// </summary>
internal sealed partial class RequestFailureLog(ILogger<RequestFailureLog> logger)
{
    /// <summary>The code counted for an error without one (<c>Unexpected Execution Error</c>).</summary>
    public const string UnexpectedCode = "UNEXPECTED";

    private static readonly HashSet<string> ServerSideCodes =
    [
        DatabaseErrorCodes.DatabaseUnavailable,
        DatabaseErrorCodes.DatabaseTimeout,
        DatabaseErrorCodes.PoolExhausted,
        DatabaseErrorCodes.DatabaseError,
        DatabaseErrorCodes.ServerBusy,
        UnexpectedCode,
        "HC0045",
    ];

    public void Record(HttpContext context, ExecutionResult result, Exception? firstException)
    {
        var codes = result.Errors.Select(static e => e.Code ?? UnexpectedCode).Distinct().ToArray();
        if (!codes.Any(ServerSideCodes.Contains))
        {
            return;
        }

        LogFailure(logger, context.TraceIdentifier, string.Join(",", codes), result.Errors[0].Message, firstException);
    }

    [LoggerMessage(Level = LogLevel.Warning, EventId = 1301, Message = "GraphQL request {RequestId} failed: {Codes}: {Message}")]
    private static partial void LogFailure(ILogger logger, string requestId, string codes, string message, Exception? exception);
}
