using OpenIntegrationData.GraphQL.Planning;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// An operation plan with the resolver of each planned field. Planning knows nothing of resolvers:
/// each field is bound here on first use, by its <see cref="PlannedField.Ordinal"/>, and kept with the
/// cached plan, so the hot path reads an array instead of the field definition's features.
/// </summary>
internal sealed class ExecutablePlan(OperationPlan plan)
{
    private readonly Lock _binding = new();
    private FieldResolver?[] _resolvers = new FieldResolver?[16];

    public OperationPlan Plan { get; } = plan;

    /// <summary>The field's resolver, or <see cref="DefaultFieldResolver.Instance"/> when its definition has none.</summary>
    public FieldResolver ResolverOf(PlannedField field)
    {
        var resolvers = Volatile.Read(ref _resolvers);
        var ordinal = field.Ordinal;
        return ordinal < resolvers.Length && resolvers[ordinal] is { } bound ? bound : Bind(field);
    }

    // Binding is idempotent; the lock only keeps a growing array from losing another thread's entry.
    private FieldResolver Bind(PlannedField field)
    {
        var resolver = field.Definition.GetFeature<FieldResolver>(FieldResolver.FeatureKey) ?? DefaultFieldResolver.Instance;
        lock (_binding)
        {
            var resolvers = _resolvers;
            if (field.Ordinal >= resolvers.Length)
            {
                Array.Resize(ref resolvers, Math.Max(resolvers.Length * 2, field.Ordinal + 1));
            }

            resolvers[field.Ordinal] = resolver;
            Volatile.Write(ref _resolvers, resolvers);
        }

        return resolver;
    }
}
