using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Planning;

/// <summary>Field collection (spec 6.3.2 "Field Collection").</summary>
public sealed partial class OperationPlanner
{
    /// <summary>
    /// CollectFields and MergeSelectionSets (spec 6.3.2, 6.4.3): walks the selection sets in
    /// order, leaves out selections excluded by <c>@skip</c>/<c>@include</c>, inlines each
    /// fragment once when it applies to <paramref name="objectType"/>, and groups fields by
    /// response key in first-seen order.
    /// </summary>
    internal GroupedFieldSet CollectFields(ObjectType objectType, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        HashSet<string>? visitedFragments = null;
        foreach (var selectionSet in selectionSets)
        {
            Collect(objectType, selectionSet, grouped, order, ref visitedFragments);
        }

        var fields = new List<PlannedField>(order.Count);
        foreach (var responseName in order)
        {
            if (PlanField(objectType, responseName, grouped[responseName], fields.Count) is { } field)
            {
                fields.Add(field);
            }
        }

        return new GroupedFieldSet(objectType, fields);
    }

    private void Collect(
        ObjectType objectType,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> grouped,
        List<string> order,
        ref HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when ShouldInclude(field.Directives):
                    AddField(field, grouped, order);
                    break;
                case InlineFragmentNode inline when ShouldInclude(inline.Directives)
                    && (inline.TypeCondition is null || DoesFragmentTypeApply(objectType, inline.TypeCondition.Name.Value)):
                    Collect(objectType, inline.SelectionSet, grouped, order, ref visitedFragments);
                    break;
                case FragmentSpreadNode spread when ShouldInclude(spread.Directives):
                    CollectSpread(objectType, spread, grouped, order, ref visitedFragments);
                    break;
            }
        }
    }

    private void CollectSpread(
        ObjectType objectType,
        FragmentSpreadNode spread,
        Dictionary<string, List<FieldNode>> grouped,
        List<string> order,
        ref HashSet<string>? visitedFragments)
    {
        var name = spread.Name.Value;
        visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
        if (!visitedFragments.Add(name) || !_fragments.TryGetValue(name, out var fragment))
        {
            return;
        }

        if (DoesFragmentTypeApply(objectType, fragment.TypeCondition.Name.Value))
        {
            Collect(objectType, fragment.SelectionSet, grouped, order, ref visitedFragments);
        }
    }

    private static void AddField(FieldNode field, Dictionary<string, List<FieldNode>> grouped, List<string> order)
    {
        var responseName = (field.Alias ?? field.Name).Value;
        if (!grouped.TryGetValue(responseName, out var nodes))
        {
            grouped[responseName] = nodes = new List<FieldNode>(1);
            order.Add(responseName);
        }

        nodes.Add(field);
    }

    /// <summary>DoesFragmentTypeApply (spec 6.3.2): the object type is the condition, implements it, or is a member of it.</summary>
    private bool DoesFragmentTypeApply(ObjectType objectType, string typeConditionName)
    {
        if (objectType.Name == typeConditionName)
        {
            return true;
        }

        return Schema.FindType(typeConditionName) is { IsAbstractType: true } abstractType
            && Schema.IsPossibleType(abstractType, objectType);
    }

    /// <summary>Whether <c>@skip(if:)</c> and <c>@include(if:)</c> let a selection through (spec 3.13.1, 3.13.2).</summary>
    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name == BuiltInDirectives.SkipName && IsConditionTrue(directive))
            {
                return false;
            }

            if (name == BuiltInDirectives.IncludeName && !IsConditionTrue(directive))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsConditionTrue(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if")
            {
                continue;
            }

            return argument.Value switch
            {
                BooleanValueNode literal => literal.Value,
                VariableNode variable => _variables.GetValueOrDefault(variable.Name.Value) is true,
                _ => false,
            };
        }

        return false;
    }
}
