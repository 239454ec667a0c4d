namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// The resolver of one field (spec 6.4.2 ResolveFieldValue), stored in
/// <see cref="Types.FieldDefinition.Features"/> under <see cref="FeatureKey"/>. Attach one with
/// <see cref="FieldResolverExtensions"/>; a field without one uses <see cref="DefaultFieldResolver"/>.
/// A resolver reports an expected failure by returning a <see cref="Errors.GraphQLError"/> as
/// the value (or as an item of a batch); an exception is treated as a bug and reported as
/// <c>Unexpected Execution Error</c>.
/// </summary>
public sealed class FieldResolver
{
    /// <summary>The feature key under which a field keeps its resolver.</summary>
    public const string FeatureKey = "OpenIntegrationData.GraphQL.Execution.FieldResolver";

    private FieldResolver(
        FieldResolverKind kind,
        Func<ResolverContext, object?>? sync,
        Func<ResolverContext, ValueTask<object?>>? async,
        Func<BatchResolverContext, ValueTask<IReadOnlyList<object?>>>? batch)
    {
        Kind = kind;
        Sync = sync;
        Async = async;
        Batch = batch;
    }

    /// <summary>How the executor calls this resolver.</summary>
    public FieldResolverKind Kind { get; }

    internal Func<ResolverContext, object?>? Sync { get; }

    internal Func<ResolverContext, ValueTask<object?>>? Async { get; }

    internal Func<BatchResolverContext, ValueTask<IReadOnlyList<object?>>>? Batch { get; }

    /// <summary>A resolver that computes the value of one parent at once.</summary>
    public static FieldResolver FromSync(Func<ResolverContext, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return new FieldResolver(FieldResolverKind.Sync, resolve, null, null);
    }

    /// <summary>A resolver that computes the value of one parent asynchronously.</summary>
    public static FieldResolver FromAsync(Func<ResolverContext, ValueTask<object?>> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return new FieldResolver(FieldResolverKind.Async, null, resolve, null);
    }

    /// <summary>
    /// A resolver that receives every parent of the field at one level and returns one value
    /// per parent, in the order of <see cref="BatchResolverContext.Parents"/>.
    /// </summary>
    public static FieldResolver FromBatch(Func<BatchResolverContext, ValueTask<IReadOnlyList<object?>>> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return new FieldResolver(FieldResolverKind.Batch, null, null, resolve);
    }
}
