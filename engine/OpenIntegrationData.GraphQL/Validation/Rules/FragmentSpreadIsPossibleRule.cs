using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.3 Fragment Spread Is Possible: a fragment applies only where its type and the
/// parent type have a possible object type in common (graphql-js <c>PossibleFragmentSpreadsRule</c>).
/// </summary>
public sealed class FragmentSpreadIsPossibleRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        // TypeInfo has entered the fragment: Type is its type, ParentType the enclosing one.
        if (context.TypeInfo.Type is not NamedType { IsCompositeType: true } fragmentType
            || context.TypeInfo.ParentType is not { IsCompositeType: true } parentType)
        {
            return;
        }

        if (!context.Schema.DoTypesOverlap(fragmentType, parentType))
        {
            context.ReportError(ValidationErrors.ImpossibleFragmentSpread(node, null, parentType, fragmentType));
        }
    }

    /// <inheritdoc />
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is not { } fragment
            || context.FindType(fragment.TypeCondition.Name.Value) is not { IsCompositeType: true } fragmentType
            || context.TypeInfo.ParentType is not { } parentType)
        {
            return;
        }

        if (!context.Schema.DoTypesOverlap(fragmentType, parentType))
        {
            context.ReportError(ValidationErrors.ImpossibleFragmentSpread(node, node, parentType, fragmentType));
        }
    }
}
