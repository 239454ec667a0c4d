namespace OpenIntegrationData.GraphQL.Language;

/// <summary>An integer literal, kept as its source text so no precision is lost.</summary>
public sealed class IntValueNode(string @value, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <summary>The literal text.</summary>
    public string Value { get; } = @value;
}
