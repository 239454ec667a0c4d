namespace OpenIntegrationData.GraphQL.Language;

/// <summary>An input object literal.</summary>
public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    /// <summary>The fields in source order.</summary>
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
}
