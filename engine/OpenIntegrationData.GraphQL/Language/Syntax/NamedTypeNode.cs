namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A reference to a named type.</summary>
public sealed class NamedTypeNode(NameNode name, Location? location = null) : TypeNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    /// <summary>The type name.</summary>
    public NameNode Name { get; } = name;
}
