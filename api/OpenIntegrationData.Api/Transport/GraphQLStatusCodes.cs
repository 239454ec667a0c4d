using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport;

/// <summary>
/// The status code of a GraphQL response, HotChocolate 15's <c>DefaultHttpResponseFormatter</c> rule
/// (docs/conventions.md#status-codes).
/// </summary>
internal static class GraphQLStatusCodes
{
    /// <param name="mediaType">The negotiated response media type.</param>
    /// <param name="result">The result to write.</param>
    /// <param name="proposed">The status the HTTP layer proposes for its own errors (e.g. 400 for an unreadable body).</param>
    public static int For(ResponseMediaType mediaType, ExecutionResult result, int? proposed = null)
    {
        // The legacy format always answers 200; the client reads success from the body.
        if (mediaType == ResponseMediaType.Json)
        {
            return StatusCodes.Status200OK;
        }

        if (proposed is { } status)
        {
            return status;
        }

        return result.Kind switch
        {
            ResultKind.Executed or ResultKind.ValidatedOnly => StatusCodes.Status200OK,
            ResultKind.OperationNotAllowed => StatusCodes.Status405MethodNotAllowed,
            ResultKind.Refused => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status400BadRequest,
        };
    }
}
