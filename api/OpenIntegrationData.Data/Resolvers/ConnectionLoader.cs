using System.Runtime.InteropServices;
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
        return Build(CollectionsMarshal.AsSpan(rows), query.Page, counts.Count == 0 ? 0 : counts[0].Count);
    }

    public async ValueTask<IReadOnlyList<object?>> LoadRelatedAsync(RelationDefinition relation, BatchResolverContext context)
    {
        var parents = context.Parents;
        var parentKeys = DistinctKeys(parents);
        var selection = ConnectionSelection.Read(context.Field);
        var compiled = ConnectionQuery.Compile(OpenDataCatalog.Get(relation.Target), relation, selection, context.Arguments, context.Field.Definition.Coordinate, _options);
        var results = new object?[parents.Count];
        if (!compiled.Succeeded)
        {
            Array.Fill(results, compiled.Error);
            return results;
        }

        var query = compiled.Value;
        var (rows, counts) = await RunAsync(query, selection, parentKeys, withParent: true, static r => (Parent: r.GetInt64(0), Count: (int)r.GetInt64(1)), context.CancellationToken);
        var countByParent = new Dictionary<long, int>(counts.Count);
        foreach (var (parent, count) in counts)
        {
            countByParent[parent] = count;
        }

        var groups = ParentGroups.Of(rows, parentKeys);
        for (var i = 0; i < results.Length; i++)
        {
            var key = ((EntityRow)parents[i]!).Key;
            results[i] = Build(groups.RowsOf(key), query.Page, countByParent.GetValueOrDefault(key));
        }

        return results;
    }

    /// <summary>The parents' keys, each once, in the order the parents come (the statement's parameter).</summary>
    private static List<long> DistinctKeys(IReadOnlyList<object?> parents)
    {
        var keys = new List<long>(parents.Count);
        var seen = new HashSet<long>(parents.Count);
        foreach (var parent in parents)
        {
            var key = ((EntityRow)parent!).Key;
            if (seen.Add(key))
            {
                keys.Add(key);
            }
        }

        return keys;
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
    private static Connection Build(ReadOnlySpan<FetchedRow> fetched, PageRequest page, int totalCount)
    {
        // The page is a run of the fetched rows, [start, end), read backwards for `last` without `first`.
        int start;
        int end;
        bool hasNext;
        bool hasPrevious;
        var reversed = page.IsBackward;
        if (reversed)
        {
            var last = page.Last!.Value;
            hasPrevious = fetched.Length > last || page.After is not null;
            start = 0;
            end = Math.Min(last, fetched.Length);
            hasNext = page.Before is not null;
        }
        else
        {
            var first = page.First!.Value;
            hasNext = fetched.Length > first || page.Before is not null;
            start = 0;
            end = Math.Min(first, fetched.Length);
            hasPrevious = page.After is not null;
            if (page.Last is { } last && end - start > last)
            {
                start = end - last;
                hasPrevious = true;
            }
        }

        var count = end - start;
        var nodes = count == 0 ? [] : new EntityRow[count];
        var sortValues = count == 0 ? [] : new object?[count][];
        for (var i = 0; i < count; i++)
        {
            var row = fetched[reversed ? end - 1 - i : start + i];
            nodes[i] = row.Row;
            sortValues[i] = row.SortValues;
        }

        return new Connection(nodes, sortValues, hasNext, hasPrevious, totalCount);
    }

    /// <summary>
    /// The fetched rows of a nested connection grouped by parent, in one array: each parent's rows are a run of it,
    /// in the order the statement returned them (a counting sort over the parents' keys, instead of a lookup of lists).
    /// </summary>
    private readonly struct ParentGroups
    {
        private readonly FetchedRow[] _rows;
        private readonly Dictionary<long, (int Start, int Count)> _runs;

        private ParentGroups(FetchedRow[] rows, Dictionary<long, (int Start, int Count)> runs)
        {
            _rows = rows;
            _runs = runs;
        }

        public static ParentGroups Of(List<FetchedRow> rows, List<long> parentKeys)
        {
            var runs = new Dictionary<long, (int Start, int Count)>(parentKeys.Count);
            foreach (var row in rows)
            {
                ref var run = ref CollectionsMarshal.GetValueRefOrAddDefault(runs, row.ParentKey, out _);
                run.Count++;
            }

            var next = 0;
            foreach (var key in parentKeys)
            {
                if (runs.TryGetValue(key, out var run))
                {
                    runs[key] = (next, 0);
                    next += run.Count;
                }
            }

            var grouped = new FetchedRow[rows.Count];
            foreach (var row in rows)
            {
                ref var run = ref CollectionsMarshal.GetValueRefOrNullRef(runs, row.ParentKey);
                grouped[run.Start + run.Count++] = row;
            }

            return new ParentGroups(grouped, runs);
        }

        public ReadOnlySpan<FetchedRow> RowsOf(long parentKey) =>
            _runs.TryGetValue(parentKey, out var run) ? _rows.AsSpan(run.Start, run.Count) : [];
    }

    private readonly record struct FetchedRow(EntityRow Row, object?[] SortValues, long ParentKey);
}
