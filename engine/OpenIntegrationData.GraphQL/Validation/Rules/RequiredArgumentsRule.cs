using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.2.1 Required Arguments: every argument of non-null type without a default is given
/// (graphql-js <c>ProvidedRequiredArgumentsRule</c>). An explicit <c>null</c> counts as given;
/// Values of Correct Type rejects it.
/// </summary>
public sealed class RequiredArgumentsRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterArguments(ValidationContext context, IReadOnlyList<ArgumentNode> arguments, SyntaxNode owner)
    {
        switch (owner)
        {
            case FieldNode field when context.TypeInfo.FieldDefinition is { } definition:
                foreach (var argument in definition.Arguments)
                {
                    if (argument.IsRequired && !IsGiven(arguments, argument.Name))
                    {
                        context.ReportError(ValidationErrors.MissingFieldArgument(field, definition, argument));
                    }
                }

                break;
            case DirectiveNode directive when context.TypeInfo.Directive is { } definition:
                foreach (var argument in definition.Arguments)
                {
                    if (argument.IsRequired && !IsGiven(arguments, argument.Name))
                    {
                        context.ReportError(ValidationErrors.MissingDirectiveArgument(directive, definition, argument));
                    }
                }

                break;
        }
    }

    private static bool IsGiven(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
