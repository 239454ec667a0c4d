using System.Globalization;
using Npgsql;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Querying;
using OpenIntegrationData.Data.Querying.Filtering;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>
/// Answers totals fields with one <c>GROUP BY</c> statement: the entity's filter, the chosen
/// dimensions, count/sum/min/max/average of the measure, groups in dimension order.
/// </summary>
internal sealed class TotalsLoader
{
    private const string Alias = SubqueryAliases.Row;

    private readonly SqlRunner _runner;
    private readonly GraphOptions _options;

    public TotalsLoader(SqlRunner runner, GraphOptions options)
    {
        _runner = runner;
        _options = options;
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

        var groups = dimensions.Select(d => DimensionSql(entity, d)).ToArray();
        var m = CatalogSql.Column(measure, Alias);
        // Groups are named by their position in the select list (`group by 1, 2`), so the expressions are written once.
        var positions = Enumerable.Range(1, groups.Length).Select(static i => SqlFragment.Trusted(i.ToString(CultureInfo.InvariantCulture))).ToArray();
        var statement = new Select(
            [
                .. groups.Select(static (g, i) => SqlFragment.Of($"{g} as {SqlFragment.Trusted($"g{i}")}")),
                SqlFragment.Of($"count(*), sum({m}), min({m}), max({m}), round(avg({m}), 4)"),
            ],
            CatalogSql.Table(entity, Alias))
        {
            Where = [filter.Value],
            GroupBy = positions,
            OrderBy = positions.Select(static p => new SqlOrder(p, false)).ToArray(),
            Limit = _options.MaxTotalsGroups + 1,
        }.ToStatement();
        var rows = await _runner.QueryAsync(statement, r => Read(r, entity, dimensions, measure.Kind, totals.SumKind), context.CancellationToken);
        if (rows.Count > _options.MaxTotalsGroups)
        {
            return TooManyGroups(context.Field.Definition.Coordinate, _options.MaxTotalsGroups);
        }

        return rows.Where(static r => r.Count > 0).ToArray();
    }

    private static SqlFragment DimensionSql(EntityDefinition entity, string dimension) =>
        entity.FindColumn(dimension) is { } column ? CatalogSql.Column(column, Alias) : CatalogSql.ForeignKey(entity.FindRelation(dimension)!, Alias);

    private static GroupTotal Read(NpgsqlDataReader reader, EntityDefinition entity, IReadOnlyList<string> dimensions, ValueKind measureKind, ValueKind sumKind)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var foreignKeys = new Dictionary<string, long?>(StringComparer.Ordinal);
        for (var i = 0; i < dimensions.Count; i++)
        {
            if (entity.FindColumn(dimensions[i]) is { } column)
            {
                values[column.Name] = Projection.ReadValue(reader, i, column.Kind);
                continue;
            }

            foreignKeys[dimensions[i]] = reader.IsDBNull(i) ? null : reader.GetInt64(i);
        }

        var n = dimensions.Count;
        return new GroupTotal(
            new EntityRow(entity, 0, values, foreignKeys),
            (int)reader.GetInt64(n),
            Projection.ReadValue(reader, n + 1, sumKind),
            Projection.ReadValue(reader, n + 2, measureKind),
            Projection.ReadValue(reader, n + 3, measureKind),
            Projection.ReadValue(reader, n + 4, ValueKind.Decimal) as decimal?);
    }

    private static GraphQLError TooManyGroups(string fieldCoordinate, int maximum) => new(
        $"The totals have more than {maximum} groups. Narrow them with `where` or group by fewer dimensions.",
        extensions:
        [
            new("code", "OID0001"),
            new("fieldCoordinate", fieldCoordinate),
            new("maxAllowedGroups", maximum),
        ]);
}
