using System.Runtime.CompilerServices;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Not a spec rule: guards against circular introspection such as
/// <c>__schema { types { fields { type { fields { type { fields … }}}}}}</c>, which makes the
/// server build an exponentially large answer (graphql-js <c>MaxIntrospectionDepthRule</c>).
/// Below <c>__schema</c> or <c>__type</c>, the list fields <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> and <c>inputFields</c> may be nested fewer than
/// <see cref="ValidationOptions.MaxIntrospectionDepth"/> times, fragments expanded; the standard
/// introspection query nests them once.
/// </summary>
public sealed class MaxIntrospectionDepthRule(int maxDepth) : ValidationRule
{
    // Fragment depths are facts about the fragments alone, so each is computed once per document.
    private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (node.Name.Value is not ("__schema" or "__type") || node.SelectionSet is not { } selectionSet)
        {
            return;
        }

        if (ListDepth(context, selectionSet) >= maxDepth)
        {
            context.ReportError(ValidationErrors.MaxIntrospectionDepth(node));
        }
    }

    private int ListDepth(ValidationContext context, SelectionSetNode selectionSet)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            // Nesting this deep is abuse in itself.
            return int.MaxValue / 2;
        }

        var depth = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var selectionDepth = selection switch
            {
                FieldNode field => (IsListField(field) ? 1 : 0) + (field.SelectionSet is { } inner ? ListDepth(context, inner) : 0),
                InlineFragmentNode inline => ListDepth(context, inline.SelectionSet),
                FragmentSpreadNode spread => FragmentDepth(context, spread.Name.Value),
                _ => 0,
            };
            depth = Math.Max(depth, selectionDepth);
        }

        return depth;
    }

    private int FragmentDepth(ValidationContext context, string name)
    {
        if (_fragmentDepths.TryGetValue(name, out var known))
        {
            return known;
        }

        if (context.GetFragment(name) is not { } fragment || !_visiting.Add(name))
        {
            return 0;
        }

        var depth = ListDepth(context, fragment.SelectionSet);
        _visiting.Remove(name);
        _fragmentDepths[name] = depth;
        return depth;
    }

    private static bool IsListField(FieldNode field) => field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields";
}
