using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.3 Directives Are Unique per Location: a directive that is not <c>repeatable</c>
/// appears at most once at one location. Unknown directives are left to 5.7.1.
/// </summary>
public sealed class DirectivesAreUniquePerLocationRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterDirectives(ValidationContext context, IReadOnlyList<DirectiveNode> directives, SyntaxNode location)
    {
        for (var i = 1; i < directives.Count; i++)
        {
            var name = directives[i].Name.Value;
            if (context.Schema.FindDirective(name) is not { IsRepeatable: false })
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (directives[j].Name.Value == name)
                {
                    context.ReportError(ValidationErrors.DuplicateDirective(directives[j], directives[i]));
                    break;
                }
            }
        }
    }
}
