namespace OpenIntegrationData.GraphQL.Language;

/// <summary>An input value literal or variable reference.</summary>
public abstract class ValueNode(Location? location) : SyntaxNode(location)
{
}
