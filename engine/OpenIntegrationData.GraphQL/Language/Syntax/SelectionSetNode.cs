namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A braced list of selections (spec 2.4).</summary>
public sealed class SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location? location = null) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    /// <summary>The selections in source order.</summary>
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}
