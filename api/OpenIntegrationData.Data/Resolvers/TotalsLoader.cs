using System.Globalization;
using Npgsql;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Graph.Schema;
using OpenIntegrationData.Data.Querying;
using OpenIntegrationData.Data.Querying.Filtering;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>
/// Answers totals fields with one <c>GROUP BY</c> statement: the entity's filter, the chosen
/// dimensions, count/sum/min/max/average of the measure, and per group whether its figures overlap
/// (the catalog's overlap rules); groups in the order asked for, then in dimension order. The statement goes through the
/// <see cref="TotalsMemo"/>: groups kept for the served data version are not asked again.
/// </summary>
internal sealed class TotalsLoader
{
    private const string Alias = SubqueryAliases.Row;

    /// <summary>What one kept group takes in memory, roughly: the group, its key row (values and foreign keys), boxed figures.</summary>
    private const int GroupRowBytes = 640;

    private readonly SqlRunner _runner;
    private readonly GraphOptions _options;
    private readonly TotalsMemo _memo;

    public TotalsLoader(SqlRunner runner, GraphOptions options, TotalsMemo memo)
    {
        _runner = runner;
        _options = options;
        _memo = memo;
    }

    public async ValueTask<object?> LoadAsync(EntityDefinition entity, ResolverContext context)
    {
        var totals = entity.Totals!;
        var dimensions = ((IReadOnlyList<object?>)context.Arguments["groupBy"]!).Cast<string>().Distinct(StringComparer.Ordinal).ToArray();
        var measure = entity.FindColumn(totals.Measure)!;
        var filter = new FilterCompiler(new SubqueryAliases()).Compile(entity, context.Arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>, Alias);
        if (!filter.Succeeded)
        {
            return filter.Error;
        }

        var first = context.Arguments.GetValueOrDefault("first") as int?;
        if (first is < 0 || first > _options.MaxTotalsGroups)
        {
            return TooManyGroups(context.Field.Definition.Coordinate, _options.MaxTotalsGroups);
        }

        var groups = dimensions.Select(d => DimensionSql(entity, d)).ToArray();
        var m = CatalogSql.Column(measure, Alias);
        // Groups are named by their position in the select list (`group by 1, 2`), so the expressions are written once.
        var positions = Enumerable.Range(1, groups.Length).Select(static i => SqlFragment.Trusted(i.ToString(CultureInfo.InvariantCulture))).ToArray();
        var select = new Select(
            [
                .. groups.Select(static (g, i) => SqlFragment.Of($"{g} as {SqlFragment.Trusted($"g{i}")}")),
                SqlFragment.Of($"count(*), sum({m}), min({m}), max({m}), round(avg({m}), 4)"),
                .. totals.Overlaps.Select(static o => SqlFragment.Of($"coalesce({CatalogSql.OverlapCondition(o, Alias)}, false)")),
            ],
            CatalogSql.Table(entity, Alias))
        {
            Where = [filter.Value],
            GroupBy = positions,
            OrderBy = [.. RequestedOrder(context.Arguments.GetValueOrDefault("order") as IReadOnlyList<object?>, groups.Length), .. positions.Select(static p => new SqlOrder(p, false))],
            Limit = first ?? _options.MaxTotalsGroups + 1,
        };
        // Every group row holds the column dimensions' values under the same names: one shape for all of them.
        var shape = new RowShape([.. dimensions.Where(d => entity.FindColumn(d) is not null)]);
        var read = _memo.Look(
            select,
            r => (Total: Read(r, entity, dimensions, shape, measure.Kind, totals.SumKind), Overlap: FirstOverlap(r, totals, dimensions.Length)),
            GroupRowBytes);
        var rows = read.Kept ?? read.Keep(await _runner.QueryAsync(read.Statement, read.Read, context.CancellationToken));
        if (first is null && rows.Count > _options.MaxTotalsGroups)
        {
            return TooManyGroups(context.Field.Definition.Coordinate, _options.MaxTotalsGroups);
        }

        if (rows.Select(static r => r.Overlap).FirstOrDefault(static o => o is not null) is { } overlap)
        {
            return OverlappingFigures(context.Field.Definition.Coordinate, overlap);
        }

        return rows.Select(static r => r.Total).Where(static r => r.Count > 0).ToArray();
    }

    /// <summary>The sort the client asked for: totals named by their position in the select list, after the dimensions.</summary>
    private static IEnumerable<SqlOrder> RequestedOrder(IReadOnlyList<object?>? order, int dimensionCount)
    {
        foreach (var entry in (order ?? []).OfType<IReadOnlyDictionary<string, object?>>())
        {
            foreach (var (field, direction) in entry)
            {
                var position = Array.FindIndex(GraphSchemaFactory.TotalsSortFields, f => f.Field == field) + dimensionCount + 1;
                yield return new SqlOrder(SqlFragment.Trusted(position.ToString(CultureInfo.InvariantCulture)), direction is "DESC");
            }
        }
    }

    /// <summary>The first overlap rule the group trips, or null when its figures are disjoint.</summary>
    private static OverlapRule? FirstOverlap(NpgsqlDataReader reader, TotalsDefinition totals, int dimensionCount)
    {
        for (var i = 0; i < totals.Overlaps.Count; i++)
        {
            if (reader.GetBoolean(dimensionCount + 5 + i))
            {
                return totals.Overlaps[i];
            }
        }

        return null;
    }

    private static SqlFragment DimensionSql(EntityDefinition entity, string dimension) =>
        entity.FindColumn(dimension) is { } column ? CatalogSql.Column(column, Alias) : CatalogSql.ForeignKey(entity.FindRelation(dimension)!, Alias);

    private static GroupTotal Read(NpgsqlDataReader reader, EntityDefinition entity, IReadOnlyList<string> dimensions, RowShape shape, ValueKind measureKind, ValueKind sumKind)
    {
        var values = new object?[shape.Names.Count];
        var foreignKeys = new Dictionary<string, long?>(StringComparer.Ordinal);
        for (var i = 0; i < dimensions.Count; i++)
        {
            if (entity.FindColumn(dimensions[i]) is { } column)
            {
                values[shape.PositionOf(column.Name)] = Projection.ReadValue(reader, i, column.Kind);
                continue;
            }

            foreignKeys[dimensions[i]] = reader.IsDBNull(i) ? null : reader.GetInt64(i);
        }

        var n = dimensions.Count;
        return new GroupTotal(
            new EntityRow(entity, 0, shape, values, foreignKeys),
            (int)reader.GetInt64(n),
            Projection.ReadValue(reader, n + 1, sumKind),
            Projection.ReadValue(reader, n + 2, measureKind),
            Projection.ReadValue(reader, n + 3, measureKind),
            Projection.ReadValue(reader, n + 4, ValueKind.Decimal) as decimal?);
    }

    private static GraphQLError OverlappingFigures(string fieldCoordinate, OverlapRule overlap) => new(
        $"The totals would add up figures that overlap in {overlap.Dimension}: {overlap.Why}. To fix it, {overlap.Fix}.",
        extensions:
        [
            new("code", "OID0002"),
            new("fieldCoordinate", fieldCoordinate),
            new("dimension", overlap.Dimension),
            new("fix", overlap.Fix),
        ]);

    private static GraphQLError TooManyGroups(string fieldCoordinate, int maximum) => new(
        $"The totals have more than {maximum} groups. Narrow them with `where` or group by fewer dimensions.",
        extensions:
        [
            new("code", "OID0001"),
            new("fieldCoordinate", fieldCoordinate),
            new("maxAllowedGroups", maximum),
        ]);
}
