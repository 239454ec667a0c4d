namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>Per-request switches the transport sets.</summary>
public sealed class RequestOptions
{
    /// <summary>Every operation kind allowed, no cost reporting.</summary>
    public static RequestOptions Default { get; } = new();

    /// <summary>The operation kinds this request may run; another kind gives <see cref="ResultKind.OperationNotAllowed"/>.</summary>
    public OperationKinds AllowedOperations { get; init; } = OperationKinds.All;

    /// <summary>Cost reporting mode.</summary>
    public CostMode Cost { get; init; }

    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> may be queried; when false they are refused
    /// with HC0046 as HotChocolate's default security does outside development. <c>__typename</c> is always allowed.
    /// </summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>Services resolvers may use (e.g. the request's scope); null when there are none.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Request-scoped values resolvers may read.</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }

    /// <summary>
    /// Asked once the operation is valid and its cost is known, before anything executes: may queue the
    /// request or refuse it (<see cref="ResultKind.Refused"/>); null admits every request at once.
    /// </summary>
    public IRequestAdmission? Admission { get; init; }
}
