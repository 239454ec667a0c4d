using System.Text.Json.Nodes;

namespace OpenIntegrationData.Data.Tests.Support;

/// <summary>
/// Walks a connection page by page, forward (first/after) and backward (last/before), and checks
/// the laws every page must keep: edges and nodes agree, pageInfo cursors are the first and last
/// edge cursors, and hasPreviousPage/hasNextPage say whether the walk goes on.
/// </summary>
public sealed class ConnectionWalker(GraphClient client)
{
    /// <summary>
    /// <paramref name="wrap"/> places a connection selection with the paging arguments into an
    /// operation; <paramref name="pick"/> finds the connection in the response data.
    /// </summary>
    public async Task<WalkResult> WalkAsync(Func<string, string> wrap, Func<JsonNode, JsonNode?> pick, int pageSize, bool backward)
    {
        var ids = new List<string>();
        string? cursor = null;
        var totalCount = -1;
        var pages = 0;
        while (true)
        {
            var arguments = backward
                ? $"last: {pageSize}{(cursor is null ? string.Empty : $", before: \"{cursor}\"")}"
                : $"first: {pageSize}{(cursor is null ? string.Empty : $", after: \"{cursor}\"")}";
            var query = wrap(arguments);
            var data = await client.DataAsync(query);
            var connection = pick(data) ?? throw new InvalidOperationException("connection missing in " + data.ToJsonString());
            pages++;
            var edges = connection["edges"]!.AsArray();
            var nodes = connection["nodes"]!.AsArray();
            var pageInfo = connection["pageInfo"]!;
            var pageIds = edges.Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList();

            Assert.Equal(pageIds, nodes.Select(n => n!["id"]!.GetValue<string>()));
            Assert.True(edges.Count <= pageSize);
            Assert.Equal(edges.FirstOrDefault()?["cursor"]?.GetValue<string>(), pageInfo["startCursor"]?.GetValue<string>());
            Assert.Equal(edges.LastOrDefault()?["cursor"]?.GetValue<string>(), pageInfo["endCursor"]?.GetValue<string>());
            totalCount = connection["totalCount"]!.GetValue<int>();

            if (backward)
            {
                ids.InsertRange(0, pageIds);
                Assert.Equal(cursor is not null, pageInfo["hasNextPage"]!.GetValue<bool>());
                if (!pageInfo["hasPreviousPage"]!.GetValue<bool>())
                {
                    break;
                }

                cursor = pageInfo["startCursor"]!.GetValue<string>();
            }
            else
            {
                ids.AddRange(pageIds);
                Assert.Equal(cursor is not null, pageInfo["hasPreviousPage"]!.GetValue<bool>());
                if (!pageInfo["hasNextPage"]!.GetValue<bool>())
                {
                    break;
                }

                cursor = pageInfo["endCursor"]!.GetValue<string>();
            }

            Assert.True(pages < 10_000, "the walk does not end");
        }

        return new WalkResult(ids, totalCount, pages);
    }

    /// <summary>The selection every walk asks for.</summary>
    public const string Selection = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id }";
}

/// <summary>The IDs a walk saw in list order, the totalCount the pages reported and how many pages it took.</summary>
public sealed record WalkResult(IReadOnlyList<string> Ids, int TotalCount, int Pages);
