namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A variable reference <c>$name</c> (spec 2.10).</summary>
public sealed class VariableNode(NameNode name, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Variable;

    /// <summary>The variable name without the dollar sign.</summary>
    public NameNode Name { get; } = name;
}
