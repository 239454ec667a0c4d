using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.4 All Variables Used: every variable an operation defines is used by it or by a
/// fragment it spreads (graphql-js <c>NoUnusedVariablesRule</c>).
/// </summary>
public sealed class AllVariablesUsedRule : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var operation in context.Operations)
        {
            if (operation.VariableDefinitions.Count == 0)
            {
                continue;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                used.Add(usage.Node.Name.Value);
            }

            foreach (var definition in operation.VariableDefinitions)
            {
                if (!used.Contains(definition.Variable.Name.Value))
                {
                    context.ReportError(ValidationErrors.UnusedVariable(definition, operation));
                }
            }
        }
    }
}
