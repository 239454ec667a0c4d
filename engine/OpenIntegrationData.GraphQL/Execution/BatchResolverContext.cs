using OpenIntegrationData.GraphQL.Planning;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// The context of a batch resolver call: every parent at one level of the response that
/// selects the same planned field, so the resolver answers all of them at once. The resolver
/// returns one value per parent, in the order of <see cref="Parents"/>.
/// </summary>
public sealed class BatchResolverContext : FieldContext
{
    internal BatchResolverContext(RequestContext request, PlannedField field, IReadOnlyDictionary<string, object?> arguments, IReadOnlyList<object?> parents)
        : base(request, field, arguments)
    {
        Parents = parents;
    }

    /// <summary>The parent values in response order.</summary>
    public IReadOnlyList<object?> Parents { get; }
}
