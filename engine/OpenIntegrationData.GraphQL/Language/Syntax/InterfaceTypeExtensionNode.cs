namespace OpenIntegrationData.GraphQL.Language;

/// <summary>An <c>extend interface</c> definition.</summary>
public sealed class InterfaceTypeExtensionNode(NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields, Location? location = null) : TypeExtensionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    /// <summary>The type name.</summary>
    public override NameNode Name { get; } = name;

    /// <summary>Added interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>Added fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}
