namespace OpenIntegrationData.GraphQL.Language;

/// <summary>An enum value literal.</summary>
public sealed class EnumValueNode(string @value, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    /// <summary>The enum value name.</summary>
    public string Value { get; } = @value;
}
