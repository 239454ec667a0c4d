using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Planning;

/// <summary>
/// The fields one object of <see cref="Type"/> gets for a selection set, keyed by response
/// name in the order they appear (spec 6.3.2 CollectFields; the "collected fields map" of the
/// September 2025 edition, the "grouped field set" of earlier ones): fragments inlined when
/// they apply to the type, <c>@skip</c>/<c>@include</c> applied, same-named fields merged.
/// </summary>
public sealed class GroupedFieldSet
{
    private readonly PlannedField[] _fields;

    internal GroupedFieldSet(ObjectType type, IReadOnlyList<PlannedField> fields)
    {
        Type = type;
        _fields = [.. fields];
    }

    /// <summary>The object type the fields are collected for.</summary>
    public ObjectType Type { get; }

    /// <summary>The fields in response order.</summary>
    public IReadOnlyList<PlannedField> Fields => _fields;

    /// <summary>The field at a response position; reads the array directly, as the executor does for every field of every object.</summary>
    internal PlannedField FieldAt(int index) => _fields[index];

    /// <summary>The field with the given response name, or null.</summary>
    public PlannedField? Find(string responseName)
    {
        foreach (var field in _fields)
        {
            if (field.ResponseName == responseName)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>Whether any field selects <paramref name="fieldName"/> (under any alias).</summary>
    public bool Selects(string fieldName) => Fields.Any(f => f.Name == fieldName);
}
