namespace OpenIntegrationData.GraphQL.Language;

/// <summary>
/// Base of every node of the immutable syntax tree. Nodes are sealed and read-only: once the
/// parser has built a document it can be cached and shared between requests.
/// </summary>
public abstract class SyntaxNode(Location? location)
{
    /// <summary>The kind of this node.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node stands in its source; absent for nodes built in code.</summary>
    public Location? Location { get; } = location;
}
