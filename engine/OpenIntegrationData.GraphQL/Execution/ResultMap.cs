using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using OpenIntegrationData.GraphQL.Planning;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// A completed object of the response: one slot per field of its grouped field set, in
/// response order. The keys come from the plan, and the slots are a run of an array the
/// request's objects share (<see cref="ResultSlots"/>), so building an object costs no array of its own.
/// Read-only to everyone outside the executor.
/// </summary>
public sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly object?[] _slots;
    private readonly int _offset;

    internal ResultMap(GroupedFieldSet fields, ResultNode? parent, int parentIndex, ResultSlots slots)
        : base(parent, parentIndex)
    {
        FieldSet = fields;
        Count = fields.Fields.Count;
        (_slots, _offset) = slots.Take(Count);
    }

    internal GroupedFieldSet FieldSet { get; }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public IEnumerable<string> Keys => FieldSet.Fields.Select(static f => f.ResponseName);

    /// <inheritdoc />
    public IEnumerable<object?> Values => new ArraySegment<object?>(_slots, _offset, Count);

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No field \"{key}\".");

    /// <summary>The response name of the slot at <paramref name="index"/>.</summary>
    public string NameAt(int index) => FieldSet.FieldAt(index).ResponseName;

    /// <summary>The response name of the slot at <paramref name="index"/>, encoded for the JSON writer.</summary>
    internal JsonEncodedText EncodedNameAt(int index) => FieldSet.FieldAt(index).EncodedResponseName;

    /// <summary>The value of the slot at <paramref name="index"/>: a leaf value, <see cref="ResultMap"/>, <see cref="ResultList"/> or null.</summary>
    public object? ValueAt(int index) => _slots[_offset + index];

    /// <inheritdoc />
    public bool ContainsKey(string key) => FieldSet.Find(key) is not null;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (FieldSet.Find(key) is { } field)
        {
            value = _slots[_offset + field.Index];
            return true;
        }

        value = null;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new KeyValuePair<string, object?>(NameAt(i), _slots[_offset + i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override bool IsNullableAt(int index) => !FieldSet.FieldAt(index).Type.IsNonNull;

    internal override void SetSlot(int index, object? value) => _slots[_offset + index] = value;

    internal override object PathSegment(int index) => FieldSet.FieldAt(index).ResponseName;
}
