namespace OpenIntegrationData.GraphQL.Language;

/// <summary>An inline fragment <c>... on Type { }</c> (spec 2.8.2).</summary>
public sealed class InlineFragmentNode(NamedTypeNode? typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location = null) : SelectionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    /// <summary>The type condition, when given.</summary>
    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The selections.</summary>
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}
