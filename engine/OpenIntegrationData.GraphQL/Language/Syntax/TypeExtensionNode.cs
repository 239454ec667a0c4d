namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A named type extension.</summary>
public abstract class TypeExtensionNode(Location? location) : TypeSystemExtensionNode(location)
{
    /// <summary>The type name.</summary>
    public abstract NameNode Name { get; }
}
