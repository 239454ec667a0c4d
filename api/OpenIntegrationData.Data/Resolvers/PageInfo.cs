namespace OpenIntegrationData.Data.Resolvers;

/// <summary>The value of <c>pageInfo</c>.</summary>
/// <param name="HasNextPage">More items follow the page.</param>
/// <param name="HasPreviousPage">More items come before the page.</param>
/// <param name="StartCursor">Cursor of the first edge; null for an empty page.</param>
/// <param name="EndCursor">Cursor of the last edge; null for an empty page.</param>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
