namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, TypeNode @type, IReadOnlyList<DirectiveNode> directives, Location? location = null) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    /// <summary>The description.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The field name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The arguments.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    /// <summary>The output type.</summary>
    public TypeNode Type { get; } = @type;

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
