namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A named type definition.</summary>
public abstract class TypeDefinitionNode(Location? location) : TypeSystemDefinitionNode(location)
{
    /// <summary>The type name.</summary>
    public abstract NameNode Name { get; }
}
