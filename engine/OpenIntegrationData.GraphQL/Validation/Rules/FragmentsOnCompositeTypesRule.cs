using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.3 Fragments on Composite Types: type conditions name objects, interfaces or unions.</summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) =>
        Check(context, node, node.TypeCondition);

    /// <inheritdoc />
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is { } typeCondition)
        {
            Check(context, null, typeCondition);
        }
    }

    private static void Check(ValidationContext context, FragmentDefinitionNode? fragment, NamedTypeNode typeCondition)
    {
        if (context.FindType(typeCondition.Name.Value) is { IsCompositeType: false })
        {
            context.ReportError(ValidationErrors.FragmentOnNonCompositeType(fragment, typeCondition));
        }
    }
}
