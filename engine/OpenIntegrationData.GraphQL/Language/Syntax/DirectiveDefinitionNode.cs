namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A directive definition (spec 3.13).</summary>
public sealed class DirectiveDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, bool repeatable, IReadOnlyList<NameNode> locations, Location? location = null) : TypeSystemDefinitionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    /// <summary>The description.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The directive name without the at sign.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The arguments.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    /// <summary>Whether the directive is repeatable.</summary>
    public bool Repeatable { get; } = repeatable;

    /// <summary>The directive locations.</summary>
    public IReadOnlyList<NameNode> Locations { get; } = locations;
}
