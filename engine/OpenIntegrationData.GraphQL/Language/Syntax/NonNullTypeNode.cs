namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A non-null type <c>T!</c>.</summary>
public sealed class NonNullTypeNode(TypeNode @type, Location? location = null) : TypeNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>The wrapped (nullable) type.</summary>
    public TypeNode Type { get; } = @type;
}
