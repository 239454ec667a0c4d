namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A query, mutation or subscription operation (spec 2.3).</summary>
public sealed class OperationDefinitionNode(OperationType operation, NameNode? name, IReadOnlyList<VariableDefinitionNode> variableDefinitions, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location = null, StringValueNode? description = null) : ExecutableDefinitionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <summary>The operation type.</summary>
    public OperationType Operation { get; } = operation;

    /// <summary>The operation name, absent for an anonymous operation.</summary>
    public NameNode? Name { get; } = name;

    /// <summary>The declared variables.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;

    /// <summary>Directives applied to the operation.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The root selection set.</summary>
    public SelectionSetNode SelectionSet { get; } = selectionSet;

    /// <summary>The description (September 2025 edition: executable definitions may carry descriptions).</summary>
    public StringValueNode? Description { get; } = description;
}
