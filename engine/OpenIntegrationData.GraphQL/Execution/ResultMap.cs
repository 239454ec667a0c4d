using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using OpenIntegrationData.GraphQL.Planning;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// A completed object of the response: one slot per field of its grouped field set, in
/// response order. The keys come from the plan, so building an object costs one array.
/// Read-only to everyone outside the executor.
/// </summary>
public sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly object?[] _slots;

    internal ResultMap(GroupedFieldSet fields, ResultNode? parent, int parentIndex)
        : base(parent, parentIndex)
    {
        FieldSet = fields;
        var count = fields.Fields.Count;
        _slots = count == 0 ? [] : new object?[count];
    }

    internal GroupedFieldSet FieldSet { get; }

    /// <inheritdoc />
    public int Count => _slots.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => FieldSet.Fields.Select(static f => f.ResponseName);

    /// <inheritdoc />
    public IEnumerable<object?> Values => _slots;

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No field \"{key}\".");

    /// <summary>The response name of the slot at <paramref name="index"/>.</summary>
    public string NameAt(int index) => FieldSet.FieldAt(index).ResponseName;

    /// <summary>The response name of the slot at <paramref name="index"/>, encoded for the JSON writer.</summary>
    internal JsonEncodedText EncodedNameAt(int index) => FieldSet.FieldAt(index).EncodedResponseName;

    /// <summary>The value of the slot at <paramref name="index"/>: a leaf value, <see cref="ResultMap"/>, <see cref="ResultList"/> or null.</summary>
    public object? ValueAt(int index) => _slots[index];

    /// <inheritdoc />
    public bool ContainsKey(string key) => FieldSet.Find(key) is not null;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (FieldSet.Find(key) is { } field)
        {
            value = _slots[field.Index];
            return true;
        }

        value = null;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(NameAt(i), _slots[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override bool IsNullableAt(int index) => !FieldSet.FieldAt(index).Type.IsNonNull;

    internal override void SetSlot(int index, object? value) => _slots[index] = value;

    internal override object PathSegment(int index) => FieldSet.FieldAt(index).ResponseName;
}
