namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A named fragment definition (spec 2.8).</summary>
public sealed class FragmentDefinitionNode(NameNode name, NamedTypeNode typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location = null, StringValueNode? description = null) : ExecutableDefinitionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>The fragment name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The type condition.</summary>
    public NamedTypeNode TypeCondition { get; } = typeCondition;

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The selections.</summary>
    public SelectionSetNode SelectionSet { get; } = selectionSet;

    /// <summary>The description (September 2025 edition: executable definitions may carry descriptions).</summary>
    public StringValueNode? Description { get; } = description;
}
