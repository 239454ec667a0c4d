namespace OpenIntegrationData.GraphQL.Language;

/// <summary>One value of an enum type definition.</summary>
public sealed class EnumValueDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    /// <summary>The description.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The value name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
