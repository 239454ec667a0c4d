namespace OpenIntegrationData.Data.Graph.Schema;

/// <summary>The fixed texts HotChocolate prints for paging and node fields (docs/conventions.md#naming).</summary>
internal static class GraphDescriptions
{
    public const string Connection = "A connection to a list of items.";
    public const string ConnectionPageInfo = "Information to aid in pagination.";
    public const string ConnectionEdges = "A list of edges.";
    public const string ConnectionNodes = "A flattened list of the nodes.";
    public const string ConnectionTotalCount = "Identifies the total count of items in the connection.";
    public const string Edge = "An edge in a connection.";
    public const string EdgeCursor = "A cursor for use in pagination.";
    public const string EdgeNode = "The item at the end of the edge.";
    public const string PageInfo = "Information about pagination in a connection.";
    public const string HasNextPage = "Indicates whether more edges exist following the set defined by the clients arguments.";
    public const string HasPreviousPage = "Indicates whether more edges exist prior the set defined by the clients arguments.";
    public const string StartCursor = "When paginating backwards, the cursor to continue.";
    public const string EndCursor = "When paginating forwards, the cursor to continue.";
    public const string First = "Returns the first _n_ elements from the list.";
    public const string After = "Returns the elements in the list that come after the specified cursor.";
    public const string Last = "Returns the last _n_ elements from the list.";
    public const string Before = "Returns the elements in the list that come before the specified cursor.";
    public const string Node = "The node interface is implemented by entities that have a global unique identifier.";
    public const string NodeField = "Fetches an object given its ID.";
    public const string NodeId = "ID of the object.";
    public const string NodesField = "Lookup nodes by a list of IDs.";
    public const string NodesIds = "The list of node IDs.";
    public const string Where = "Only items that match this filter (fields in one object must all match; use `and`/`or` to combine).";
    public const string Order = "Sort order: a list of fields with ASC or DESC; the first entry sorts first. Ties are broken by the item's ID, so pages are stable.";
}
