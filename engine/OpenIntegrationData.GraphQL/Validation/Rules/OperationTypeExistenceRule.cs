using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.4 Operation Type Existence: the schema has a root type for the operation's kind.
/// (graphql-js 16 reports this only when executing; the September 2025 spec makes it a rule.)
/// </summary>
public sealed class OperationTypeExistenceRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (context.Schema.GetRootType(node.Operation) is null)
        {
            context.ReportError(ValidationErrors.OperationTypeNotSupported(node));
        }
    }
}
