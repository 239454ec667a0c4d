namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A variable declared by an operation (spec 2.10).</summary>
public sealed class VariableDefinitionNode(VariableNode variable, TypeNode @type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives, Location? location = null, StringValueNode? description = null) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>The variable.</summary>
    public VariableNode Variable { get; } = variable;

    /// <summary>The declared input type.</summary>
    public TypeNode Type { get; } = @type;

    /// <summary>The default value, when given.</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    /// <summary>Directives applied to the variable definition.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The description (September 2025 edition: executable definitions may carry descriptions).</summary>
    public StringValueNode? Description { get; } = description;
}
