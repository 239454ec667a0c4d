namespace OpenIntegrationData.GraphQL.Types;

/// <summary>A schema element that can carry applied directives and extension data.</summary>
public interface IHasDirectives
{
    /// <summary>The applied directives in declaration order.</summary>
    IReadOnlyList<AppliedDirective> Directives { get; }

    /// <summary>
    /// Extension data attached by the builder, e.g. resolvers or runtime type mappings. The type
    /// system does not interpret it; the layers above (execution, the data layer) do.
    /// </summary>
    IReadOnlyDictionary<string, object?> Features { get; }
}
