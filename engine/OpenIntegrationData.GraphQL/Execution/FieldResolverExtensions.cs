using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>Attaches resolvers to fields while a schema is built (in code or SDL-first through <c>ConfigureField</c>).</summary>
public static class FieldResolverExtensions
{
    /// <summary>Resolves the field with a synchronous function of the parent, arguments and selection.</summary>
    public static FieldBuilder Resolve(this FieldBuilder field, Func<ResolverContext, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Feature(FieldResolver.FeatureKey, FieldResolver.FromSync(resolve));
    }

    /// <summary>Resolves the field asynchronously, once per parent; calls of one level run concurrently.</summary>
    public static FieldBuilder ResolveAsync(this FieldBuilder field, Func<ResolverContext, ValueTask<object?>> resolve)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Feature(FieldResolver.FeatureKey, FieldResolver.FromAsync(resolve));
    }

    /// <summary>
    /// Resolves the field for all parents of one level in one call; the function returns one
    /// value per parent in the order of <see cref="BatchResolverContext.Parents"/>.
    /// </summary>
    public static FieldBuilder ResolveBatch(
        this FieldBuilder field,
        Func<BatchResolverContext, ValueTask<IReadOnlyList<object?>>> resolve)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Feature(FieldResolver.FeatureKey, FieldResolver.FromBatch(resolve));
    }
}
