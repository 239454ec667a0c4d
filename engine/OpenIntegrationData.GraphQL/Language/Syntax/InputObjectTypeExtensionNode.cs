namespace OpenIntegrationData.GraphQL.Language;

/// <summary>An <c>extend input</c> definition.</summary>
public sealed class InputObjectTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields, Location? location = null) : TypeExtensionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    /// <summary>The type name.</summary>
    public override NameNode Name { get; } = name;

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>Added input fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}
