using System.Globalization;
using System.Text.Json;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Querying;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>
/// Outlines: <c>boundary(tolerance:)</c> and <c>boundingBox</c> of every parent of a level in one statement, and
/// <c>areasAt</c>, the areas whose outline contains a point (a GiST index scan; no area outside every outline).
/// PostGIS writes the GeoJSON: 6 decimals (about 10 cm), or 5 when simplified; outer rings counter-clockwise.
/// </summary>
internal sealed class OutlineLoader(SqlRunner runner)
{
    private const string Alias = SubqueryAliases.Row;

    /// <summary>The most a simplified outline may stray, in degrees (about 1 km); the map endpoint allows the same.</summary>
    public const double MaximumTolerance = 0.01;

    public async ValueTask<IReadOnlyList<object?>> LoadBoundariesAsync(EntityDefinition entity, BatchResolverContext context)
    {
        var parents = context.Parents.Cast<EntityRow>().ToArray();
        var tolerance = context.Arguments.GetValueOrDefault("tolerance") as double?;
        if (tolerance is <= 0 or > MaximumTolerance)
        {
            var error = new GraphQLError(string.Create(CultureInfo.InvariantCulture,
                $"`tolerance` must be above 0 and at most {MaximumTolerance} degrees (0.0004 is about 40 m); it was {tolerance}."),
                extensions: [new("code", "INVALID_TOLERANCE")]);
            return parents.Select(_ => (object?)error).ToArray();
        }

        var outline = CatalogSql.Outline(entity, Alias);
        var geoJson = tolerance is { } degrees
            ? SqlFragment.Of($"st_asgeojson(st_forcepolygonccw(st_simplifypreservetopology({outline}, {degrees})), 5)")
            : SqlFragment.Of($"st_asgeojson(st_forcepolygonccw({outline}), 6)");
        var statement = new Select([CatalogSql.Key(Alias), geoJson], CatalogSql.Table(entity, Alias))
        {
            Where = [CatalogSql.KeyMatch(CatalogSql.Key(Alias), Keys(parents)), SqlFragment.Of($"{outline} is not null")],
        }.ToStatement();
        var outlines = (await runner.QueryAsync(statement, static r => (Id: r.GetInt64(0), Json: r.GetString(1)), context.CancellationToken))
            .ToDictionary(static o => o.Id, static o => o.Json);
        return parents.Select(p => outlines.TryGetValue(p.Key, out var json) ? (object?)Geometry(json) : null).ToArray();
    }

    public async ValueTask<IReadOnlyList<object?>> LoadBoundingBoxesAsync(EntityDefinition entity, BatchResolverContext context)
    {
        var parents = context.Parents.Cast<EntityRow>().ToArray();
        var outline = CatalogSql.Outline(entity, Alias);
        var statement = new Select(
            [CatalogSql.Key(Alias), SqlFragment.Of($"st_xmin({outline})"), SqlFragment.Of($"st_ymin({outline})"), SqlFragment.Of($"st_xmax({outline})"), SqlFragment.Of($"st_ymax({outline})")],
            CatalogSql.Table(entity, Alias))
        {
            Where = [CatalogSql.KeyMatch(CatalogSql.Key(Alias), Keys(parents)), SqlFragment.Of($"{outline} is not null")],
        }.ToStatement();
        var boxes = (await runner.QueryAsync(statement, static r => (Id: r.GetInt64(0), Box: new[] { r.GetDouble(1), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4) }), context.CancellationToken))
            .ToDictionary(static b => b.Id, static b => b.Box);
        return parents.Select(p => boxes.TryGetValue(p.Key, out var box) ? (object?)box : null).ToArray();
    }

    private static long[] Keys(EntityRow[] parents) => parents.Select(static p => p.Key).Distinct().ToArray();

    private static JsonElement Geometry(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
