using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1 Lone Anonymous Operation: an operation without a name must be the only one.</summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is null && context.Operations.Count > 1)
        {
            context.ReportError(ValidationErrors.AnonymousOperationNotAlone(node));
        }
    }
}
