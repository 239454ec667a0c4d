namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A field selection, optionally aliased (spec 2.5).</summary>
public sealed class FieldNode(NameNode? alias, NameNode name, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives, SelectionSetNode? selectionSet, Location? location = null) : SelectionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>The alias, when given.</summary>
    public NameNode? Alias { get; } = alias;

    /// <summary>The field name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The sub-selection, absent for leaf fields.</summary>
    public SelectionSetNode? SelectionSet { get; } = selectionSet;
}
