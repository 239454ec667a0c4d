namespace OpenIntegrationData.GraphQL.Language;

/// <summary>An argument of a field or directive (spec 2.6).</summary>
public sealed class ArgumentNode(NameNode name, ValueNode @value, Location? location = null) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Argument;

    /// <summary>The argument name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The argument value.</summary>
    public ValueNode Value { get; } = @value;
}
