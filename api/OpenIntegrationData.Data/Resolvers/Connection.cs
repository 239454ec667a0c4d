namespace OpenIntegrationData.Data.Resolvers;

/// <summary>The value of a connection field; the executor reads its properties by field name.</summary>
public sealed class Connection
{
    internal Connection(PageInfo pageInfo, IReadOnlyList<Edge> edges, int totalCount)
    {
        PageInfo = pageInfo;
        Edges = edges;
        Nodes = edges.Select(static e => e.Node).ToArray();
        TotalCount = totalCount;
    }

    /// <summary><c>pageInfo</c>.</summary>
    public PageInfo PageInfo { get; }

    /// <summary><c>edges</c>.</summary>
    public IReadOnlyList<Edge> Edges { get; }

    /// <summary><c>nodes</c>: the same items as the edges.</summary>
    public IReadOnlyList<EntityRow> Nodes { get; }

    /// <summary><c>totalCount</c>: every item that matches the filter, on all pages (0 when not selected).</summary>
    public int TotalCount { get; }
}
