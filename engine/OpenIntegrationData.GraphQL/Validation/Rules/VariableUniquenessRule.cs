using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1 Variable Uniqueness: an operation defines each variable name once.</summary>
public sealed class VariableUniquenessRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.VariableDefinitions.Count < 2)
        {
            return;
        }

        foreach (var (name, definitions) in DuplicateNames.Find(node.VariableDefinitions, static v => v.Variable.Name.Value))
        {
            context.ReportError(ValidationErrors.DuplicateVariable(name, definitions));
        }
    }
}
