namespace OpenIntegrationData.GraphQL.Language;

/// <summary>An input object type definition (spec 3.10).</summary>
public sealed class InputObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields, Location? location = null) : TypeDefinitionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    /// <summary>The description.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The type name.</summary>
    public override NameNode Name { get; } = name;

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The input fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}
