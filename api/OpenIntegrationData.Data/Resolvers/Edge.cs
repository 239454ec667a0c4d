using OpenIntegrationData.Data.Querying.Paging;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>One edge: the item and its keyset cursor.</summary>
public sealed class Edge
{
    private readonly IReadOnlyList<object?> _sortValues;
    private string? _cursor;

    internal Edge(IReadOnlyList<object?> sortValues, EntityRow node)
    {
        _sortValues = sortValues;
        Node = node;
    }

    /// <summary>The cursor (see <see cref="KeysetCursor"/>), encoded on first read: a query that selects only <c>nodes</c> never needs it.</summary>
    public string Cursor => _cursor ??= KeysetCursor.Encode(_sortValues);

    /// <summary>The item.</summary>
    public EntityRow Node { get; }
}
