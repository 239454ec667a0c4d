namespace OpenIntegrationData.GraphQL.Language;

/// <summary>An <c>extend scalar</c> definition.</summary>
public sealed class ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null) : TypeExtensionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    /// <summary>The type name.</summary>
    public override NameNode Name { get; } = name;

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
