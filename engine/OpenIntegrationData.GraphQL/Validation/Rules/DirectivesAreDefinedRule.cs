using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 Directives Are Defined: every directive used is defined by the schema.</summary>
public sealed class DirectivesAreDefinedRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterDirective(ValidationContext context, DirectiveNode node, SyntaxNode location)
    {
        if (context.TypeInfo.Directive is null)
        {
            context.ReportError(ValidationErrors.UnknownDirective(node));
        }
    }
}
