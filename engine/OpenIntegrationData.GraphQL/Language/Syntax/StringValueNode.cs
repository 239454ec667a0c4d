namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A string literal (quoted or block) with escapes already resolved.</summary>
public sealed class StringValueNode(string @value, bool block, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    /// <summary>The string value.</summary>
    public string Value { get; } = @value;

    /// <summary>Whether the source used a block string.</summary>
    public bool Block { get; } = block;
}
