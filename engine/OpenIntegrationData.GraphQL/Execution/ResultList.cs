using System.Collections;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>A completed list of the response. Read-only to everyone outside the executor.</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private static readonly object BoxedZero = 0;
    private readonly object?[] _items;
    private readonly bool _itemsNullable;

    internal ResultList(int count, GraphQLType itemType, ResultNode parent, int parentIndex)
        : base(parent, parentIndex)
    {
        _items = count == 0 ? [] : new object?[count];
        _itemsNullable = !itemType.IsNonNull;
    }

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public object? this[int index] => _items[index];

    /// <inheritdoc />
    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    internal override bool IsNullableAt(int index) => _itemsNullable;

    internal override void SetSlot(int index, object? value) => _items[index] = value;

    internal override object PathSegment(int index) => index == 0 ? BoxedZero : index;
}
