using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.2 Fragment Spread Type Existence: type conditions of fragment definitions and
/// inline fragments name types of the schema (graphql-js <c>KnownTypeNamesRule</c> for fragments).
/// </summary>
public sealed class FragmentSpreadTypeExistenceRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) => Check(context, node.TypeCondition);

    /// <inheritdoc />
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is { } typeCondition)
        {
            Check(context, typeCondition);
        }
    }

    private static void Check(ValidationContext context, NamedTypeNode typeCondition)
    {
        if (context.FindType(typeCondition.Name.Value) is not null)
        {
            return;
        }

        var suggestions = SuggestionList.Create(typeCondition.Name.Value, context.TypeNames);
        context.ReportError(ValidationErrors.UnknownFragmentType(typeCondition, suggestions));
    }
}
