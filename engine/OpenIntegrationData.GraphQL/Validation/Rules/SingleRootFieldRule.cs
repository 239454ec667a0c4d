using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1 Single Root Field: a subscription selects exactly one root field, which is not
/// an introspection field, and (September 2025) its root selections carry no <c>@skip</c> or
/// <c>@include</c>, so the field is known without variables.
/// </summary>
public sealed class SingleRootFieldRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var groupedFields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        CollectSubscriptionFields(context, node, subscriptionType, node.SelectionSet, groupedFields, order, []);
        if (order.Count > 1)
        {
            var extra = new List<FieldNode>();
            for (var i = 1; i < order.Count; i++)
            {
                extra.AddRange(groupedFields[order[i]]);
            }

            context.ReportError(ValidationErrors.SubscriptionNotSingleField(node, extra));
        }

        foreach (var key in order)
        {
            var fields = groupedFields[key];
            if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError(ValidationErrors.SubscriptionIntrospectionField(node, fields));
            }
        }
    }

    /// <summary>The spec's CollectSubscriptionFields(objectType, selectionSet, visitedFragments).</summary>
    private static void CollectSubscriptionFields(
        ValidationContext context,
        OperationDefinitionNode operation,
        ObjectType objectType,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> groupedFields,
        List<string> order,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            ReportConditionalDirectives(context, operation, selection);
            switch (selection)
            {
                case FieldNode field:
                    var responseKey = field.Alias?.Value ?? field.Name.Value;
                    if (!groupedFields.TryGetValue(responseKey, out var group))
                    {
                        groupedFields[responseKey] = group = [];
                        order.Add(responseKey);
                    }

                    group.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    if (visitedFragments.Add(spread.Name.Value)
                        && context.GetFragment(spread.Name.Value) is { } fragment
                        && DoesFragmentTypeApply(context, objectType, fragment.TypeCondition))
                    {
                        CollectSubscriptionFields(context, operation, objectType, fragment.SelectionSet, groupedFields, order, visitedFragments);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(context, objectType, inline.TypeCondition))
                    {
                        CollectSubscriptionFields(context, operation, objectType, inline.SelectionSet, groupedFields, order, visitedFragments);
                    }

                    break;
            }
        }
    }

    private static void ReportConditionalDirectives(ValidationContext context, OperationDefinitionNode operation, SelectionNode selection)
    {
        var directives = selection switch
        {
            FieldNode field => field.Directives,
            FragmentSpreadNode spread => spread.Directives,
            InlineFragmentNode inline => inline.Directives,
            _ => [],
        };
        foreach (var directive in directives)
        {
            if (directive.Name.Value is BuiltInDirectives.SkipName or BuiltInDirectives.IncludeName)
            {
                context.ReportError(ValidationErrors.SubscriptionConditionalRootSelection(operation, directive));
            }
        }
    }

    /// <summary>The spec's DoesFragmentTypeApply(objectType, fragmentType).</summary>
    private static bool DoesFragmentTypeApply(ValidationContext context, ObjectType objectType, NamedTypeNode typeCondition) =>
        context.FindType(typeCondition.Name.Value) switch
        {
            ObjectType fragmentType => ReferenceEquals(fragmentType, objectType),
            { IsAbstractType: true } abstractType => context.Schema.IsPossibleType(abstractType, objectType),
            _ => false,
        };
}
