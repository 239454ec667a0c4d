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
