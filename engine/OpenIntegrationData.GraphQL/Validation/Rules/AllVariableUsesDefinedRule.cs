using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.3 All Variable Uses Defined: every variable used by an operation, also inside the
/// fragments it spreads, is defined by that operation (graphql-js <c>NoUndefinedVariablesRule</c>).
/// </summary>
public sealed class AllVariableUsesDefinedRule : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var operation in context.Operations)
        {
            var defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                defined.Add(definition.Variable.Name.Value);
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                if (!defined.Contains(usage.Node.Name.Value))
                {
                    context.ReportError(ValidationErrors.UndefinedVariable(usage.Node, operation));
                }
            }
        }
    }
}
