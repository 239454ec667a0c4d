using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2 Argument Uniqueness: a field or directive gets each argument at most once.</summary>
public sealed class ArgumentUniquenessRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterArguments(ValidationContext context, IReadOnlyList<ArgumentNode> arguments, SyntaxNode owner)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        foreach (var (name, group) in DuplicateNames.Find(arguments, static a => a.Name.Value))
        {
            context.ReportError(ValidationErrors.DuplicateArgument(name, group));
        }
    }
}
