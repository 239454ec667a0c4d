namespace OpenIntegrationData.Data.Resolvers;

/// <summary>The value of a connection field; the executor reads its properties by field name.</summary>
/// <remarks>
/// Holds the page's rows and their sort values; the edges and pageInfo objects are made on first read,
/// so a query that selects only <c>nodes</c> (most nested lists) never pays for them.
/// </remarks>
public sealed class Connection
{
    private readonly object?[][] _sortValues;
    private readonly bool _hasNextPage;
    private readonly bool _hasPreviousPage;
    private Edge[]? _edges;
    private PageInfo? _pageInfo;

    internal Connection(EntityRow[] nodes, object?[][] sortValues, bool hasNextPage, bool hasPreviousPage, int totalCount)
    {
        Nodes = nodes;
        _sortValues = sortValues;
        _hasNextPage = hasNextPage;
        _hasPreviousPage = hasPreviousPage;
        TotalCount = totalCount;
    }

    /// <summary><c>pageInfo</c>.</summary>
    public PageInfo PageInfo => _pageInfo ??= new PageInfo(_hasNextPage, _hasPreviousPage, EdgeArray.FirstOrDefault(), EdgeArray.LastOrDefault());

    /// <summary><c>edges</c>.</summary>
    public IReadOnlyList<Edge> Edges => EdgeArray;

    /// <summary><c>nodes</c>: the same items as the edges.</summary>
    public IReadOnlyList<EntityRow> Nodes { get; }

    /// <summary><c>totalCount</c>: every item that matches the filter, on all pages (0 when not selected).</summary>
    public int TotalCount { get; }

    private Edge[] EdgeArray => _edges ??= MakeEdges();

    private Edge[] MakeEdges()
    {
        var edges = new Edge[Nodes.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = new Edge(_sortValues[i], Nodes[i]);
        }

        return edges;
    }
}
