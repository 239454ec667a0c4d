namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A root operation type entry such as <c>query: Query</c>.</summary>
public sealed class OperationTypeDefinitionNode(OperationType operation, NamedTypeNode @type, Location? location = null) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    /// <summary>The operation.</summary>
    public OperationType Operation { get; } = operation;

    /// <summary>The root type.</summary>
    public NamedTypeNode Type { get; } = @type;
}
