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
/// a nested connection for all parents of a level with at most two statements as well.
/// </summary>
internal sealed class ConnectionLoader
{
    private readonly SqlRunner _runner;
    private readonly GraphOptions _options;

    public ConnectionLoader(SqlRunner runner, GraphOptions options)
    {
        _runner = runner;
        _options = options;
    }

    public async ValueTask<object?> LoadRootAsync(EntityDefinition entity, FieldContext context)
    {
        var selection = ConnectionSelection.Read(context.Field);
        var query = ConnectionQuery.Create(entity, null, selection, context.Arguments);
        var (statement, keys, page, error) = query.WritePage(context.Field.Definition.Coordinate, _options, null);
        if (error is not null)
        {
            return error;
        }

        var rows = selection.NeedsRows
            ? await _runner.QueryAsync(statement!, r => Read(r, query.Projection, keys, withParent: false), context.CancellationToken)
            : [];
        var total = selection.NeedsCount
            ? (int)(await _runner.QueryAsync(query.WriteCount(null), static r => r.GetInt64(0), context.CancellationToken))[0]
            : 0;
        return Build(rows, page!, total);
    }

    public async ValueTask<IReadOnlyList<object?>> LoadRelatedAsync(RelationDefinition relation, BatchResolverContext context)
    {
        var parents = context.Parents.Cast<EntityRow>().ToArray();
        var parentKeys = parents.Select(static p => p.Key).Distinct().ToArray();
        var selection = ConnectionSelection.Read(context.Field);
        var query = ConnectionQuery.Create(OpenDataCatalog.Get(relation.Target), relation, selection, context.Arguments);
        var (statement, keys, page, error) = query.WritePage(context.Field.Definition.Coordinate, _options, parentKeys);
        if (error is not null)
        {
            return parents.Select(_ => (object?)error).ToArray();
        }

        var rows = selection.NeedsRows
            ? await _runner.QueryAsync(statement!, r => Read(r, query.Projection, keys, withParent: true), context.CancellationToken)
            : [];
        var counts = selection.NeedsCount
            ? (await _runner.QueryAsync(query.WriteCount(parentKeys), static r => (Parent: r.GetInt64(0), Count: (int)r.GetInt64(1)), context.CancellationToken))
                .ToDictionary(static c => c.Parent, static c => c.Count)
            : [];
        var byParent = rows.ToLookup(static r => r.ParentKey);
        return parents.Select(p => (object?)Build(byParent[p.Key].ToList(), page!, counts.GetValueOrDefault(p.Key))).ToArray();
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
