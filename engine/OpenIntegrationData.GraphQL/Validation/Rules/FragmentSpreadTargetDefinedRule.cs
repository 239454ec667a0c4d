using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined: every spread names a fragment of the document.</summary>
public sealed class FragmentSpreadTargetDefinedRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.ReportError(ValidationErrors.UnknownFragment(node));
        }
    }
}
