namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A list type <c>[T]</c>.</summary>
public sealed class ListTypeNode(TypeNode @type, Location? location = null) : TypeNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListType;

    /// <summary>The item type.</summary>
    public TypeNode Type { get; } = @type;
}
