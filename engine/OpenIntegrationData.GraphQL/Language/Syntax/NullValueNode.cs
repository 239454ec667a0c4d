namespace OpenIntegrationData.GraphQL.Language;

/// <summary>The <c>null</c> literal.</summary>
public sealed class NullValueNode(Location? location = null) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
