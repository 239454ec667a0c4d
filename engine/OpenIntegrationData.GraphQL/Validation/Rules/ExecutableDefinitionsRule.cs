using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.1.1 Executable Definitions: a document submitted for execution holds only operations
/// and fragments (graphql-js <c>ExecutableDefinitionsRule</c>).
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is not ExecutableDefinitionNode)
            {
                context.ReportError(ValidationErrors.NonExecutableDefinition(definition));
            }
        }
    }
}
