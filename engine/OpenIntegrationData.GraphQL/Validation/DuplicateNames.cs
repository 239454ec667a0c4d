namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>
/// Finds names used more than once in a list of nodes (arguments, input fields, variables,
/// directives), keeping first-use order. Small lists are compared pairwise without allocating.
/// </summary>
internal static class DuplicateNames
{
    public static IEnumerable<(string Name, List<TNode> Nodes)> Find<TNode>(IReadOnlyList<TNode> nodes, Func<TNode, string> nameOf)
    {
        if (!HasDuplicate(nodes, nameOf))
        {
            return [];
        }

        var groups = new Dictionary<string, List<TNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var node in nodes)
        {
            var name = nameOf(node);
            if (!groups.TryGetValue(name, out var group))
            {
                groups[name] = group = [];
                order.Add(name);
            }

            group.Add(node);
        }

        var duplicates = new List<(string, List<TNode>)>();
        foreach (var name in order)
        {
            if (groups[name].Count > 1)
            {
                duplicates.Add((name, groups[name]));
            }
        }

        return duplicates;
    }

    private static bool HasDuplicate<TNode>(IReadOnlyList<TNode> nodes, Func<TNode, string> nameOf)
    {
        if (nodes.Count > 16)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                if (!seen.Add(nameOf(node)))
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = 1; i < nodes.Count; i++)
        {
            var name = nameOf(nodes[i]);
            for (var j = 0; j < i; j++)
            {
                if (nameOf(nodes[j]) == name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
