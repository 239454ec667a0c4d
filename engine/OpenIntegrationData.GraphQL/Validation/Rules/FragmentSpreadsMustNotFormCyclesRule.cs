using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles (graphql-js <c>NoFragmentCyclesRule</c>):
/// a depth-first search over the spread graph, each fragment visited once, reporting every
/// spread that leads back into the current path. Iterative, so long fragment chains cannot
/// exhaust the stack.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCyclesRule : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in node.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                DetectCycles(context, fragment, visited);
            }
        }
    }

    private static void DetectCycles(ValidationContext context, FragmentDefinitionNode start, HashSet<string> visited)
    {
        if (!visited.Add(start.Name.Value))
        {
            return;
        }

        // The spreads taken from the start fragment to the current one, and where each fragment entered the path.
        var spreadPath = new List<FragmentSpreadNode>();
        var pathIndexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        var frames = new Stack<(FragmentDefinitionNode Fragment, int Next)>();
        pathIndexByName[start.Name.Value] = 0;
        frames.Push((start, 0));
        while (frames.Count > 0)
        {
            var (fragment, next) = frames.Pop();
            var spreads = context.GetFragmentSpreads(fragment);
            if (next >= spreads.Count)
            {
                pathIndexByName.Remove(fragment.Name.Value);
                if (spreadPath.Count > 0 && frames.Count > 0)
                {
                    spreadPath.RemoveAt(spreadPath.Count - 1);
                }

                continue;
            }

            frames.Push((fragment, next + 1));
            var spread = spreads[next];
            var spreadName = spread.Name.Value;
            if (pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                var cyclePath = new List<FragmentSpreadNode>(spreadPath.Count - cycleIndex + 1);
                for (var i = cycleIndex; i < spreadPath.Count; i++)
                {
                    cyclePath.Add(spreadPath[i]);
                }

                cyclePath.Add(spread);
                context.ReportError(ValidationErrors.FragmentCycle(spreadName, cyclePath));
                continue;
            }

            if (context.GetFragment(spreadName) is { } target && visited.Add(spreadName))
            {
                spreadPath.Add(spread);
                pathIndexByName[spreadName] = spreadPath.Count;
                frames.Push((target, 0));
            }
        }
    }
}
