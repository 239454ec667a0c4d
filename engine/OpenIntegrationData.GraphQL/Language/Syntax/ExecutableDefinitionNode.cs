namespace OpenIntegrationData.GraphQL.Language;

/// <summary>An operation or fragment definition.</summary>
public abstract class ExecutableDefinitionNode(Location? location) : DefinitionNode(location)
{
}
