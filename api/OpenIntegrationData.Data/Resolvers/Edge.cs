namespace OpenIntegrationData.Data.Resolvers;

/// <summary>One edge: the item and its keyset cursor.</summary>
/// <param name="Cursor">The cursor (see <see cref="Querying.Paging.KeysetCursor"/>).</param>
/// <param name="Node">The item.</param>
public sealed record Edge(string Cursor, EntityRow Node);
