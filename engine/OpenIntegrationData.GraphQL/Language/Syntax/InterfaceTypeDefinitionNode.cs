namespace OpenIntegrationData.GraphQL.Language;

/// <summary>An interface type definition (spec 3.7).</summary>
public sealed class InterfaceTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields, Location? location = null) : TypeDefinitionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    /// <summary>The description.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The type name.</summary>
    public override NameNode Name { get; } = name;

    /// <summary>Implemented interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}
