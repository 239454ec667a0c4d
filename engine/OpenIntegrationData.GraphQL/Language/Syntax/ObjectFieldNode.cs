namespace OpenIntegrationData.GraphQL.Language;

/// <summary>One field of an input object literal.</summary>
public sealed class ObjectFieldNode(NameNode name, ValueNode @value, Location? location = null) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    /// <summary>The field name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The field value.</summary>
    public ValueNode Value { get; } = @value;
}
