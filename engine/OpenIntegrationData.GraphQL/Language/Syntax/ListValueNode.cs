namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A list literal.</summary>
public sealed class ListValueNode(IReadOnlyList<ValueNode> values, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    /// <summary>The items.</summary>
    public IReadOnlyList<ValueNode> Values { get; } = values;
}
