namespace OpenIntegrationData.GraphQL.Language;

/// <summary>An argument or input object field definition.</summary>
public sealed class InputValueDefinitionNode(StringValueNode? description, NameNode name, TypeNode @type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives, Location? location = null) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    /// <summary>The description.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The input type.</summary>
    public TypeNode Type { get; } = @type;

    /// <summary>The default value, when given.</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
