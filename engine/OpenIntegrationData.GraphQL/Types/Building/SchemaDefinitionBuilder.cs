using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>The schema's own description, directives, features and root type names.</summary>
internal sealed class SchemaDefinitionBuilder() : DescribedElementBuilder<SchemaDefinitionBuilder>("schema", null)
{
    public Dictionary<OperationType, (string Name, Location? Location)> RootTypes { get; } = [];
}
