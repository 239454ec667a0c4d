namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>How far a request got, which decides the transport's status code.</summary>
public enum ResultKind
{
    /// <summary>Refused before execution (syntax, validation, operation name, variables, cost, timeout): errors, no <c>data</c>.</summary>
    RequestError,

    /// <summary>The operation kind is not allowed for this request (HTTP 405).</summary>
    OperationNotAllowed,

    /// <summary>Executed: <c>data</c> is present (possibly null) with any field errors.</summary>
    Executed,

    /// <summary>Only the cost was computed (<see cref="CostMode.ValidateOnly"/>): <c>extensions</c> only.</summary>
    ValidatedOnly,

    /// <summary>
    /// Valid, but refused for now by <see cref="RequestOptions.Admission"/> because the server is busy
    /// (HTTP 429 with <c>Retry-After</c>): errors, no <c>data</c>; the same request may succeed later.
    /// </summary>
    Refused,
}
