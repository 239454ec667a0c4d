using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.4 Fragments Must Be Used: every fragment is spread by some operation, directly or
/// through other fragments (graphql-js <c>NoUnusedFragmentsRule</c>).
/// </summary>
public sealed class FragmentsMustBeUsedRule : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in context.Operations)
        {
            foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
            {
                used.Add(fragment.Name.Value);
            }
        }

        foreach (var definition in node.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
            {
                context.ReportError(ValidationErrors.UnusedFragment(fragment));
            }
        }
    }
}
