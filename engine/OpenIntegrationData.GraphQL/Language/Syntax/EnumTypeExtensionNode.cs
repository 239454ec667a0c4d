namespace OpenIntegrationData.GraphQL.Language;

/// <summary>An <c>extend enum</c> definition.</summary>
public sealed class EnumTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values, Location? location = null) : TypeExtensionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    /// <summary>The type name.</summary>
    public override NameNode Name { get; } = name;

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>Added values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}
