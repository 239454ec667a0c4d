namespace OpenIntegrationData.Data.Resolvers;

/// <summary>The value of <c>pageInfo</c>.</summary>
/// <param name="HasNextPage">More items follow the page.</param>
/// <param name="HasPreviousPage">More items come before the page.</param>
/// <param name="First">The first edge; null for an empty page.</param>
/// <param name="Last">The last edge; null for an empty page.</param>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, Edge? First, Edge? Last)
{
    /// <summary>Cursor of the first edge; null for an empty page.</summary>
    public string? StartCursor => First?.Cursor;

    /// <summary>Cursor of the last edge; null for an empty page.</summary>
    public string? EndCursor => Last?.Cursor;
}
