using Npgsql;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Querying.Paging;
using OpenIntegrationData.Data.Querying.Sorting;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>
/// Answers connection fields: a root connection with at most two statements (page, count), and
/// a nested connection for all parents of a level with at most two statements as well; when both
/// are needed they go to the database together, in one round trip. Counts go through the <see cref="TotalsMemo"/>: one
/// kept for the served data version is not asked again.
/// </summary>
internal sealed class ConnectionLoader
{
    /// <summary>What one kept count takes in memory besides its key: the (parent, count) pair in its list.</summary>
    private const int CountRowBytes = 16;

    private readonly SqlRunner _runner;
    private readonly GraphOptions _options;
    private readonly TotalsMemo _memo;

    public ConnectionLoader(SqlRunner runner, GraphOptions options, TotalsMemo memo)
    {
        _runner = runner;
        _options = options;
        _memo = memo;
    }

    public async ValueTask<object?> LoadRootAsync(EntityDefinition entity, FieldContext context)
    {
        var selection = ConnectionSelection.Read(context.Field);
        var compiled = ConnectionQuery.Compile(entity, null, selection, context.Arguments, context.Field.Definition.Coordinate, _options);
        if (!compiled.Succeeded)
        {
            return compiled.Error;
        }

        var query = compiled.Value;
        var (rows, counts) = await RunAsync(query, selection, null, withParent: false, static r => (Parent: 0L, Count: (int)r.GetInt64(0)), context.CancellationToken);
        return Build(rows, query.Page, counts.Count == 0 ? 0 : counts[0].Count);
    }

    public async ValueTask<IReadOnlyList<object?>> LoadRelatedAsync(RelationDefinition relation, BatchResolverContext context)
    {
        var parents = context.Parents.Cast<EntityRow>().ToArray();
        var parentKeys = parents.Select(static p => p.Key).Distinct().ToArray();
        var selection = ConnectionSelection.Read(context.Field);
        var compiled = ConnectionQuery.Compile(OpenDataCatalog.Get(relation.Target), relation, selection, context.Arguments, context.Field.Definition.Coordinate, _options);
        if (!compiled.Succeeded)
        {
            return parents.Select(_ => (object?)compiled.Error).ToArray();
        }

        var query = compiled.Value;
        var (rows, counts) = await RunAsync(query, selection, parentKeys, withParent: true, static r => (Parent: r.GetInt64(0), Count: (int)r.GetInt64(1)), context.CancellationToken);
        var countByParent = counts.ToDictionary(static c => c.Parent, static c => c.Count);
        var byParent = rows.ToLookup(static r => r.ParentKey);
        return parents.Select(p => (object?)Build(byParent[p.Key].ToList(), query.Page, countByParent.GetValueOrDefault(p.Key))).ToArray();
    }

    /// <summary>Reads what the selection needs: the page, the count (unless kept), or both in one round trip.</summary>
    private async Task<(List<FetchedRow> Rows, IReadOnlyList<(long Parent, int Count)> Counts)> RunAsync(
        ConnectionQuery query,
        ConnectionSelection selection,
        IReadOnlyList<long>? parentKeys,
        bool withParent,
        Func<NpgsqlDataReader, (long Parent, int Count)> readCount,
        CancellationToken cancellationToken)
    {
        Func<NpgsqlDataReader, FetchedRow> readRow = r => Read(r, query.Projection, query.Keys, withParent);
        var count = selection.NeedsCount ? _memo.Look(query.CountSelect(parentKeys), readCount, CountRowBytes) : null;
        if (count is null || count.Kept is not null)
        {
            var page = selection.NeedsRows ? await _runner.QueryAsync(query.PageStatement(parentKeys), readRow, cancellationToken) : [];
            return (page, count?.Kept ?? []);
        }

        if (selection.NeedsRows)
        {
            var (rows, counts) = await _runner.QueryAsync(query.PageStatement(parentKeys), readRow, count.Statement, count.Read, cancellationToken);
            return (rows, count.Keep(counts));
        }

        return ([], count.Keep(await _runner.QueryAsync(count.Statement, count.Read, cancellationToken)));
    }

    private static FetchedRow Read(NpgsqlDataReader reader, Projection projection, IReadOnlyList<SortKey> keys, bool withParent)
    {
        var row = projection.Read(reader);
        var values = new object?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            values[i] = Projection.ReadValue(reader, projection.Width + i, keys[i].Kind);
        }

        var parentKey = withParent ? reader.GetInt64(projection.Width + keys.Count) : 0;
        return new FetchedRow(row, values, parentKey);
    }

    /// <summary>Cuts the fetched rows (one more than asked for) into a page with HotChocolate's pageInfo semantics.</summary>
    private static Connection Build(List<FetchedRow> fetched, PageRequest page, int totalCount)
    {
        List<FetchedRow> items;
        bool hasNext;
        bool hasPrevious;
        if (page.IsBackward)
        {
            var last = page.Last!.Value;
            hasPrevious = fetched.Count > last || page.After is not null;
            items = fetched.Take(last).Reverse().ToList();
            hasNext = page.Before is not null;
        }
        else
        {
            var first = page.First!.Value;
            hasNext = fetched.Count > first || page.Before is not null;
            items = fetched.Take(first).ToList();
            hasPrevious = page.After is not null;
            if (page.Last is { } last && items.Count > last)
            {
                items = items.Skip(items.Count - last).ToList();
                hasPrevious = true;
            }
        }

        var edges = items.Select(static r => new Edge(r.SortValues, r.Row)).ToArray();
        var info = new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault(), edges.LastOrDefault());
        return new Connection(info, edges, totalCount);
    }

    private sealed record FetchedRow(EntityRow Row, object?[] SortValues, long ParentKey);
}
