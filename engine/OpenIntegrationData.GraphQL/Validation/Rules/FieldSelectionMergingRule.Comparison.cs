using System.Runtime.CompilerServices;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>The comparison of field collections and fragments (spec FieldsInSetCanMerge, SameResponseShape).</summary>
public sealed partial class FieldSelectionMergingRule
{
    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _collected = [];
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private readonly HashSet<(int, string, bool)> _comparedFieldsAndFragments = [];
    private ValidationContext? _context;
    private int _comparisons;
    private bool _budgetExhausted;
    private bool _timedOut;

    private ValidationContext Context => _context!;

    private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collected = GetFieldsAndFragmentNames(parentType, selectionSet);

        // (A) conflicts among the fields of this selection set.
        foreach (var (responseName, fields) in collected.Fields.Groups)
        {
            var representatives = collected.Fields.Representatives(responseName, fields);
            for (var i = 0; i < representatives.Count; i++)
            {
                for (var j = i + 1; j < representatives.Count; j++)
                {
                    AddIfConflict(conflicts, FindConflict(false, responseName, representatives[i], representatives[j]));
                }
            }
        }

        var fragmentNames = collected.FragmentNames;
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            // (B) these fields against each spread fragment; (C) the spread fragments against each other.
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected.Fields, fragmentNames[i]);
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, FieldMap fieldMap, string fragmentName)
    {
        // Every visit is charged, also one that finds the pair done: skipping costs a lookup too, and a
        // document of fragments that each spread all later ones makes millions of them.
        if (!Spend()
            || !_comparedFieldsAndFragments.Add((fieldMap.Id, fragmentName, areMutuallyExclusive))
            || Context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var referenced = GetReferencedFieldsAndFragmentNames(fragment);
        if (ReferenceEquals(fieldMap, referenced.Fields))
        {
            return;
        }

        // (D) the fields against the fragment's fields; (E) against the fragments it spreads.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fieldMap, referenced.Fields);
        foreach (var referencedName in referenced.FragmentNames)
        {
            if (!Spend())
            {
                return;
            }

            if (!MarkFragmentPair(referencedName, fragmentName, areMutuallyExclusive))
            {
                continue;
            }

            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fieldMap, referencedName);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        if (fragmentName1 == fragmentName2 || !Spend() || !MarkFragmentPair(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        if (Context.GetFragment(fragmentName1) is not { } fragment1 || Context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var referenced1 = GetReferencedFieldsAndFragmentNames(fragment1);
        var referenced2 = GetReferencedFieldsAndFragmentNames(fragment2);

        // (F) the two fragments' own fields; (G) each fragment against those the other spreads.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, referenced1.Fields, referenced2.Fields);
        foreach (var name2 in referenced2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, name2);
        }

        foreach (var name1 in referenced1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, name1, fragmentName2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var collected1 = GetFieldsAndFragmentNames(parentType1, selectionSet1);
        var collected2 = GetFieldsAndFragmentNames(parentType2, selectionSet2);

        // (H) fields against fields; (I) fields against the other side's fragments; (J) fragments against fragments.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1.Fields, collected2.Fields);
        foreach (var name2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected1.Fields, name2);
        }

        foreach (var name1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected2.Fields, name1);
        }

        foreach (var name1 in collected1.FragmentNames)
        {
            foreach (var name2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
    {
        foreach (var (responseName, fields1) in fieldMap1.Groups)
        {
            if (!fieldMap2.Groups.TryGetValue(responseName, out var fields2))
            {
                continue;
            }

            var representatives1 = fieldMap1.Representatives(responseName, fields1);
            var representatives2 = fieldMap2.Representatives(responseName, fields2);
            foreach (var field1 in representatives1)
            {
                foreach (var field2 in representatives2)
                {
                    AddIfConflict(conflicts, FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2));
                }
            }
        }
    }

    /// <summary>Whether two fields with one response name can be merged; the reason when not.</summary>
    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
    {
        if (!Spend())
        {
            return null;
        }

        // Parents that are different object types never apply to the same object, so only the shapes must agree.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        if (!areMutuallyExclusive)
        {
            var name1 = field1.Node.Name.Value;
            var name2 = field2.Node.Name.Value;
            if (name1 != name2)
            {
                return Conflict.Of(responseName, $"\"{name1}\" and \"{name2}\" are different fields", field1.Node, field2.Node);
            }

            if (!FieldArguments.AreSame(field1.Node.Arguments, field2.Node.Arguments))
            {
                return Conflict.Of(responseName, "they have differing arguments", field1.Node, field2.Node);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return Conflict.Of(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", field1.Node, field2.Node);
        }

        if (field1.Node.SelectionSet is not { } selectionSet1 || field2.Node.SelectionSet is not { } selectionSet2)
        {
            return null;
        }

        var subConflicts = FindConflictsBetweenSubSelectionSets(
            areMutuallyExclusive,
            type1?.NamedType(),
            selectionSet1,
            type2?.NamedType(),
            selectionSet2);
        return subConflicts.Count == 0 ? null : Conflict.FromSubfields(responseName, field1.Node, field2.Node, subConflicts);
    }

    /// <summary>The spec's SameResponseShape for the wrappers and leaves; composite types are compared through their sub-selections.</summary>
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        if (type1.IsLeafType || type2.IsLeafType)
        {
            return !ReferenceEquals(type1, type2);
        }

        return false;
    }

    /// <summary>
    /// Counts one comparison against the budget; false once it is used up, when the stack is too
    /// deep to recurse further (long fragment chains), or when validation ran out of time
    /// (checked every 1,024 comparisons: reading the clock costs more than a comparison).
    /// </summary>
    private bool Spend()
    {
        if (_budgetExhausted)
        {
            return false;
        }

        if (++_comparisons > (Context.Options.MaxFieldMergeComparisons ?? int.MaxValue) || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _budgetExhausted = true;
            return false;
        }

        if ((_comparisons & 1023) == 0 && Context.IsPastTimeLimit)
        {
            _budgetExhausted = true;
            _timedOut = true;
            return false;
        }

        return true;
    }

    /// <summary>Records that two fragments were compared with this exclusivity; false when that was done already.</summary>
    private bool MarkFragmentPair(string name1, string name2, bool areMutuallyExclusive)
    {
        var key = string.CompareOrdinal(name1, name2) < 0 ? (name1, name2) : (name2, name1);
        if (_comparedFragmentPairs.TryGetValue(key, out var comparedExclusive))
        {
            // A comparison without exclusivity covers one with it, not the other way round.
            if (areMutuallyExclusive || !comparedExclusive)
            {
                return false;
            }
        }

        _comparedFragmentPairs[key] = areMutuallyExclusive;
        return true;
    }

    private FieldsAndFragments GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment)
    {
        if (_collected.TryGetValue(fragment.SelectionSet, out var cached))
        {
            return cached;
        }

        return GetFieldsAndFragmentNames(Context.FindType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
    }

    private FieldsAndFragments GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collected.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var fields = new FieldMap(_collected.Count);
        var fragmentNames = new List<string>();
        CollectFieldsAndFragmentNames(parentType, selectionSet, fields, fragmentNames, new HashSet<string>(StringComparer.Ordinal));
        var collected = new FieldsAndFragments(fields, fragmentNames);
        _collected[selectionSet] = collected;
        return collected;
    }

    private void CollectFieldsAndFragmentNames(
        NamedType? parentType,
        SelectionSetNode selectionSet,
        FieldMap fields,
        List<string> fragmentNames,
        HashSet<string> seenFragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ComplexType complex ? complex.FindField(field.Name.Value) : null;
                    fields.Add(field.Alias?.Value ?? field.Name.Value, new FieldEntry(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (seenFragmentNames.Add(spread.Name.Value))
                    {
                        fragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? Context.FindType(condition.Name.Value) : parentType;
                    CollectFieldsAndFragmentNames(inlineType, inline.SelectionSet, fields, fragmentNames, seenFragmentNames);
                    break;
            }
        }
    }

    private static void AddIfConflict(List<Conflict> conflicts, Conflict? conflict)
    {
        if (conflict is not null)
        {
            conflicts.Add(conflict);
        }
    }

    private sealed record FieldsAndFragments(FieldMap Fields, List<string> FragmentNames);
}
