namespace OpenIntegrationData.GraphQL.Language;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode(bool @value, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    /// <summary>The value.</summary>
    public bool Value { get; } = @value;
}
