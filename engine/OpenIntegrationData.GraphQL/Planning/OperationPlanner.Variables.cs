using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Planning;

/// <summary>Finds out whether the shape of a plan depends on variable values.</summary>
public sealed partial class OperationPlanner
{
    /// <summary>
    /// Whether an <c>@skip</c> or <c>@include</c> reachable from <paramref name="root"/> reads
    /// its condition from a variable. Only then do two requests with different variables
    /// collect different fields; argument variables are coerced per request and do not count.
    /// </summary>
    private static bool UsesConditionalVariables(
        SelectionSetNode root,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                var (directives, selectionSet) = selection switch
                {
                    FieldNode field => (field.Directives, field.SelectionSet),
                    InlineFragmentNode inline => (inline.Directives, inline.SelectionSet),
                    FragmentSpreadNode spread => (spread.Directives, visited.Add(spread.Name.Value) ? fragments.GetValueOrDefault(spread.Name.Value)?.SelectionSet : null),
                    _ => ((IReadOnlyList<DirectiveNode>)[], null),
                };
                if (HasVariableCondition(directives))
                {
                    return true;
                }

                if (selectionSet is not null)
                {
                    pending.Push(selectionSet);
                }
            }
        }

        return false;
    }

    private static bool HasVariableCondition(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value is not (BuiltInDirectives.SkipName or BuiltInDirectives.IncludeName))
            {
                continue;
            }

            if (directive.Arguments.Any(static a => a.Value is VariableNode))
            {
                return true;
            }
        }

        return false;
    }
}
