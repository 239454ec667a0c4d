using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Planning;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>The state of one executing request that resolvers and the engine share.</summary>
internal sealed class RequestContext(
    Schema schema,
    ExecutablePlan plan,
    IReadOnlyDictionary<string, object?> variables,
    RequestOptions requestOptions,
    ExecutorOptions executorOptions,
    RequestCancellation cancellation)
{
    private Dictionary<PlannedField, ArgumentValues>? _variableArguments;
    private List<GraphQLError>? _errors;

    public Schema Schema { get; } = schema;

    public OperationPlan Plan { get; } = plan.Plan;

    /// <summary>The resolvers of the plan's fields.</summary>
    public ExecutablePlan Resolvers { get; } = plan;

    public IReadOnlyDictionary<string, object?> Variables { get; } = variables;

    public RequestOptions RequestOptions { get; } = requestOptions;

    public ExecutorOptions ExecutorOptions { get; } = executorOptions;

    /// <summary>Whether the request must stop; asking it never creates the token.</summary>
    public RequestCancellation Cancellation { get; } = cancellation;

    /// <summary>The request's token for resolvers and waits (created on first use).</summary>
    public CancellationToken CancellationToken => Cancellation.Token;

    /// <summary>The field errors so far, in the order they were reported.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors ?? (IReadOnlyList<GraphQLError>)[];

    /// <summary>Reports a field error (completion runs on one thread at a time, so no lock is needed).</summary>
    public void AddError(GraphQLError error) => (_errors ??= []).Add(error);

    /// <summary>
    /// The coerced arguments of a field: planned once when they are literals, coerced once per
    /// request (and kept) when they refer to variables (spec 6.4.1 CoerceArgumentValues).
    /// </summary>
    public ArgumentValues GetArguments(PlannedField field)
    {
        if (field.ConstantArguments is { } constant)
        {
            return constant;
        }

        // Resolvers may ask from other threads. The map is created on first need (most requests
        // have no variable arguments) and is its own lock.
        var coerced = LazyInitializer.EnsureInitialized(ref _variableArguments, static () => new(ReferenceEqualityComparer.Instance));
        lock (coerced)
        {
            if (!coerced.TryGetValue(field, out var values))
            {
                values = ArgumentCoercion.CoerceArgumentValues(field.Definition.Arguments, field.Node, Variables);
                coerced[field] = values;
            }

            return values;
        }
    }
}
