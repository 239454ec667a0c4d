using System.Text;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>A field of a selection set with the type it is selected on and its definition, if known.</summary>
internal sealed record FieldEntry(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

/// <summary>
/// The fields of a selection set (inline fragments expanded, named ones not) grouped by response
/// name in document order, with an identity for memoizing comparisons.
/// </summary>
internal sealed class FieldMap(int id)
{
    // Up to this many fields of one response name are compared pairwise as they are.
    private const int SmallGroup = 8;

    private Dictionary<string, List<FieldEntry>>? _representatives;

    public int Id { get; } = id;

    public OrderedDictionary<string, List<FieldEntry>> Groups { get; } = new(StringComparer.Ordinal);

    public void Add(string responseName, FieldEntry entry)
    {
        if (!Groups.TryGetValue(responseName, out var group))
        {
            Groups[responseName] = group = [];
        }

        group.Add(entry);
    }

    /// <summary>
    /// The fields of a group with structural duplicates removed: two fields on the same parent
    /// type with the same name, arguments and sub-selection compare alike with every other
    /// field, so one of them stands for both.
    /// </summary>
    public List<FieldEntry> Representatives(string responseName, List<FieldEntry> group)
    {
        if (group.Count <= SmallGroup)
        {
            return group;
        }

        _representatives ??= new Dictionary<string, List<FieldEntry>>(StringComparer.Ordinal);
        if (_representatives.TryGetValue(responseName, out var known))
        {
            return known;
        }

        var seen = new HashSet<(NamedType?, string)>();
        var representatives = new List<FieldEntry>();
        foreach (var entry in group)
        {
            if (seen.Add((entry.ParentType, StructuralKey(entry.Node))))
            {
                representatives.Add(entry);
            }
        }

        _representatives[responseName] = representatives;
        return representatives;
    }

    private static string StructuralKey(FieldNode field)
    {
        var key = new StringBuilder(field.Name.Value);
        foreach (var argument in field.Arguments)
        {
            key.Append(' ').Append(argument.Name.Value).Append(':').Append(SyntaxPrinter.Print(argument.Value));
        }

        if (field.SelectionSet is { } selectionSet)
        {
            key.Append(' ').Append(SyntaxPrinter.Print(selectionSet));
        }

        return key.ToString();
    }
}

/// <summary>Why two fields cannot be merged: a message, or the conflicts of their sub-fields.</summary>
internal sealed class ConflictReason
{
    private ConflictReason(string? message, IReadOnlyList<(string ResponseName, ConflictReason Reason)>? subReasons)
    {
        Message = message;
        SubReasons = subReasons;
    }

    public string? Message { get; }

    public IReadOnlyList<(string ResponseName, ConflictReason Reason)>? SubReasons { get; }

    public static ConflictReason Of(string message) => new(message, null);

    public static ConflictReason Of(IReadOnlyList<(string, ConflictReason)> subReasons) => new(null, subReasons);

    /// <summary>graphql-js <c>reasonMessage</c>: nested reasons as "subfields "x" conflict because …" joined by "and".</summary>
    public string ToMessage()
    {
        if (SubReasons is null)
        {
            return Message ?? string.Empty;
        }

        var parts = new string[SubReasons.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = $"subfields \"{SubReasons[i].ResponseName}\" conflict because {SubReasons[i].Reason.ToMessage()}";
        }

        return string.Join(" and ", parts);
    }
}

/// <summary>Two groups of fields with one response name that cannot be merged.</summary>
internal sealed record Conflict(string ResponseName, ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2)
{
    public static Conflict Of(string responseName, string message, FieldNode field1, FieldNode field2) =>
        new(responseName, ConflictReason.Of(message), [field1], [field2]);

    /// <summary>A conflict of two fields because of conflicts among their sub-fields.</summary>
    public static Conflict FromSubfields(string responseName, FieldNode field1, FieldNode field2, List<Conflict> subConflicts)
    {
        var reasons = new List<(string, ConflictReason)>(subConflicts.Count);
        List<FieldNode> fields1 = [field1];
        List<FieldNode> fields2 = [field2];
        foreach (var sub in subConflicts)
        {
            reasons.Add((sub.ResponseName, sub.Reason));
            fields1.AddRange(sub.Fields1);
            fields2.AddRange(sub.Fields2);
        }

        return new Conflict(responseName, ConflictReason.Of(reasons), fields1, fields2);
    }
}

/// <summary>Whether two fields are given the same arguments (spec SameArguments via FieldsInSetCanMerge).</summary>
internal static class FieldArguments
{
    public static bool AreSame(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            var argument2 = Find(arguments2, argument1.Name.Value);
            if (argument2 is null || !AreSameValue(argument1.Value, argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Literal equality; input object fields may come in any order.</summary>
    private static bool AreSameValue(ValueNode value1, ValueNode value2)
    {
        switch (value1)
        {
            case VariableNode variable1:
                return value2 is VariableNode variable2 && variable1.Name.Value == variable2.Name.Value;
            case IntValueNode int1:
                return value2 is IntValueNode int2 && int1.Value == int2.Value;
            case FloatValueNode float1:
                return value2 is FloatValueNode float2 && float1.Value == float2.Value;
            case StringValueNode string1:
                return value2 is StringValueNode string2 && string1.Value == string2.Value && string1.Block == string2.Block;
            case BooleanValueNode bool1:
                return value2 is BooleanValueNode bool2 && bool1.Value == bool2.Value;
            case EnumValueNode enum1:
                return value2 is EnumValueNode enum2 && enum1.Value == enum2.Value;
            case NullValueNode:
                return value2 is NullValueNode;
            case ListValueNode list1:
                return value2 is ListValueNode list2 && AreSameItems(list1.Values, list2.Values);
            case ObjectValueNode object1:
                return value2 is ObjectValueNode object2 && AreSameFields(object1.Fields, object2.Fields);
            default:
                return false;
        }
    }

    private static bool AreSameItems(IReadOnlyList<ValueNode> items1, IReadOnlyList<ValueNode> items2)
    {
        if (items1.Count != items2.Count)
        {
            return false;
        }

        for (var i = 0; i < items1.Count; i++)
        {
            if (!AreSameValue(items1[i], items2[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AreSameFields(IReadOnlyList<ObjectFieldNode> fields1, IReadOnlyList<ObjectFieldNode> fields2)
    {
        if (fields1.Count != fields2.Count)
        {
            return false;
        }

        foreach (var field1 in fields1)
        {
            ObjectFieldNode? match = null;
            foreach (var field2 in fields2)
            {
                if (field2.Name.Value == field1.Name.Value)
                {
                    match = field2;
                    break;
                }
            }

            if (match is null || !AreSameValue(field1.Value, match.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument;
            }
        }

        return null;
    }
}
