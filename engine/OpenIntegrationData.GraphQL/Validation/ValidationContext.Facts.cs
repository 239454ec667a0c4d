using System.Runtime.CompilerServices;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>
/// Facts the walk records about each operation and fragment definition — the fragment spreads
/// in it (with their field depth), the variable usages and the deepest field — and the
/// memoized answers derived from them across fragments. Complete once the walk has left the
/// document, so rules that need them act in <see cref="ValidationRule.LeaveDocument"/>.
/// </summary>
public sealed partial class ValidationContext
{
    private readonly Dictionary<ExecutableDefinitionNode, DefinitionFacts> _facts = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _referencedFragments = [];
    private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
    private DefinitionFacts? _current;

    /// <summary>The fragment spreads inside a definition, nested ones included, in document order.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(ExecutableDefinitionNode definition) =>
        _facts.TryGetValue(definition, out var facts) ? facts.Spreads : [];

    /// <summary>The variable usages written inside a definition itself (not in the fragments it spreads).</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition) =>
        _facts.TryGetValue(definition, out var facts) ? facts.VariableUsages : [];

    /// <summary>
    /// Every defined fragment an operation spreads, directly or through other fragments, each
    /// once, in the order they are first reached (graphql-js <c>getRecursivelyReferencedFragments</c>).
    /// </summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_referencedFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<ExecutableDefinitionNode>();
        pending.Push(operation);
        while (pending.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(pending.Pop()))
            {
                if (seen.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment);
                }
            }
        }

        _referencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variable usages of an operation and of every fragment it spreads (spec 5.8.3, 5.8.4).</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        return usages;
    }

    /// <summary>
    /// The deepest field nesting of an operation with its fragment spreads expanded, root fields
    /// counting 1. A fragment that spreads itself adds nothing for the repeated part (that cycle
    /// is an error of its own).
    /// </summary>
    public int GetExecutionDepth(OperationDefinitionNode operation) =>
        _facts.TryGetValue(operation, out var facts) ? DepthOf(facts, []) : 0;

    internal void BeginDefinition(ExecutableDefinitionNode definition)
    {
        _current = new DefinitionFacts();
        _facts[definition] = _current;
    }

    internal void RecordSpread(FragmentSpreadNode spread, int fieldDepth)
    {
        _current?.Spreads.Add(spread);
        _current?.SpreadDepths.Add(fieldDepth);
    }

    internal void RecordFieldDepth(int fieldDepth)
    {
        if (_current is { } facts && fieldDepth > facts.MaxFieldDepth)
        {
            facts.MaxFieldDepth = fieldDepth;
        }
    }

    internal void RecordVariableUsage(VariableUsage usage) => _current?.VariableUsages.Add(usage);

    private int DepthOf(DefinitionFacts facts, HashSet<string> visiting)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            // A fragment chain this long is deeper than any limit.
            return int.MaxValue / 2;
        }

        var depth = facts.MaxFieldDepth;
        for (var i = 0; i < facts.Spreads.Count; i++)
        {
            var fragmentDepth = FragmentDepth(facts.Spreads[i].Name.Value, visiting);
            depth = Math.Max(depth, facts.SpreadDepths[i] + fragmentDepth);
        }

        return depth;
    }

    private int FragmentDepth(string name, HashSet<string> visiting)
    {
        if (_fragmentDepths.TryGetValue(name, out var known))
        {
            return known;
        }

        if (GetFragment(name) is not { } fragment || !_facts.TryGetValue(fragment, out var facts) || !visiting.Add(name))
        {
            return 0;
        }

        var depth = DepthOf(facts, visiting);
        visiting.Remove(name);
        _fragmentDepths[name] = depth;
        return depth;
    }

    private sealed class DefinitionFacts
    {
        public List<FragmentSpreadNode> Spreads { get; } = [];

        public List<int> SpreadDepths { get; } = [];

        public List<VariableUsage> VariableUsages { get; } = [];

        public int MaxFieldDepth { get; set; }
    }
}
