using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.1 Argument Names: every argument is defined by its field or directive (graphql-js
/// <c>KnownArgumentNamesRule</c>). Unknown fields and directives are reported by their own rules.
/// </summary>
public sealed class ArgumentNamesRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterArguments(ValidationContext context, IReadOnlyList<ArgumentNode> arguments, SyntaxNode owner)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        if (owner is DirectiveNode)
        {
            if (context.TypeInfo.Directive is { } directive)
            {
                CheckDirectiveArguments(context, arguments, directive);
            }

            return;
        }

        if (context.TypeInfo.FieldDefinition is { } field && context.TypeInfo.ParentType is { } parentType)
        {
            CheckFieldArguments(context, arguments, field, parentType);
        }
    }

    private static void CheckFieldArguments(ValidationContext context, IReadOnlyList<ArgumentNode> arguments, FieldDefinition field, NamedType parentType)
    {
        foreach (var argument in arguments)
        {
            if (!field.Arguments.Contains(argument.Name.Value))
            {
                var suggestions = SuggestionList.Create(argument.Name.Value, field.Arguments.Select(static a => a.Name));
                context.ReportError(ValidationErrors.UnknownFieldArgument(argument, parentType, field, suggestions));
            }
        }
    }

    private static void CheckDirectiveArguments(ValidationContext context, IReadOnlyList<ArgumentNode> arguments, DirectiveDefinition directive)
    {
        foreach (var argument in arguments)
        {
            if (!directive.Arguments.Contains(argument.Name.Value))
            {
                var suggestions = SuggestionList.Create(argument.Name.Value, directive.Arguments.Select(static a => a.Name));
                context.ReportError(ValidationErrors.UnknownDirectiveArgument(argument, directive, suggestions));
            }
        }
    }
}
