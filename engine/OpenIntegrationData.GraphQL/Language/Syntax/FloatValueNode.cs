namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A float literal, kept as its source text so no precision is lost.</summary>
public sealed class FloatValueNode(string @value, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <summary>The literal text.</summary>
    public string Value { get; } = @value;
}
