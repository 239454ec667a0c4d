namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A named fragment spread <c>...Name</c> (spec 2.8).</summary>
public sealed class FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null) : SelectionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    /// <summary>The fragment name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
