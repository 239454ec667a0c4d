namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A name: an identifier such as a field, type or argument name.</summary>
public sealed class NameNode(string @value, Location? location = null) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Name;

    /// <summary>The identifier text.</summary>
    public string Value { get; } = @value;
}
