using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Querying;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Planning;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>
/// Loads single entities: the to-one relation of every parent of a level in one statement,
/// lookups by natural key, and <c>node</c>/<c>nodes</c> (one statement per entity type asked for).
/// </summary>
internal sealed class EntityLoader
{
    private const string Alias = SubqueryAliases.Row;

    private readonly SqlRunner _runner;
    private readonly GraphOptions _options;

    public EntityLoader(SqlRunner runner, GraphOptions options)
    {
        _runner = runner;
        _options = options;
    }

    /// <summary>
    /// A to-one relation for every parent of a level. Rows read through a <see cref="Projection"/>
    /// carry it already (joined into their own statement); the rows of totals groups carry only
    /// the foreign key, and those are loaded here in one statement.
    /// </summary>
    public async ValueTask<IReadOnlyList<object?>> LoadRelatedAsync(RelationDefinition relation, BatchResolverContext context)
    {
        var parents = context.Parents.Cast<EntityRow>().ToArray();
        var keys = parents.Where(p => !p.ContainsKey(relation.Name)).Select(p => p.ForeignKey(relation.Name)).OfType<long>().Distinct().ToArray();
        var target = OpenDataCatalog.Get(relation.Target);
        var loaded = await LoadByKeysAsync(target, keys, context.Field.SelectionSet, context);
        return parents.Select(p => p.TryGetValue(relation.Name, out var joined)
            ? joined
            : p.ForeignKey(relation.Name) is { } key ? loaded.GetValueOrDefault(key) : null).ToArray();
    }

    public async ValueTask<IReadOnlyList<object?>> LoadValueListAsync(ValueListDefinition list, BatchResolverContext context)
    {
        var parents = context.Parents.Cast<EntityRow>().ToArray();
        var owner = CatalogSql.ValueListOwner(list, Alias);
        var statement = new Select([owner, CatalogSql.ValueListValue(list, Alias)], CatalogSql.ValueListTable(list, Alias))
        {
            Where = [CatalogSql.KeyMatch(owner, parents.Select(static p => p.Key).Distinct().ToArray())],
            OrderBy = [new SqlOrder(SqlFragment.Trusted("1"), false), new SqlOrder(SqlFragment.Trusted("2"), false)],
        }.ToStatement();
        var values = (await _runner.QueryAsync(statement, static r => (Owner: r.GetInt64(0), Value: r.GetString(1)), context.CancellationToken))
            .ToLookup(static v => v.Owner, static v => v.Value);
        return parents.Select(p => (object?)values[p.Key].ToArray()).ToArray();
    }

    public async ValueTask<object?> LookupAsync(EntityDefinition entity, LookupDefinition lookup, ResolverContext context)
    {
        var value = context.Arguments[lookup.ArgumentName]!;
        var projection = ProjectionFor(entity, context.Field.SelectionSet, context.Schema);
        // One parameter, compared with each of the lookup's columns.
        var key = new SqlValue(value);
        var statement = new Select(projection.SelectList(Alias), CatalogSql.Table(entity, Alias))
        {
            Joins = projection.JoinList(Alias),
            Where = [SqlFragment.Or(lookup.Columns.Select(c => SqlFragment.Of($"{CatalogSql.LookupColumn(c, Alias)} = {key}")))],
            OrderBy = [new SqlOrder(CatalogSql.Key(Alias), false)],
            Limit = 1,
        }.ToStatement();
        var rows = await _runner.QueryAsync(statement, r => projection.Read(r), context.CancellationToken);
        return rows.FirstOrDefault() ?? await NameGivenForKeyAsync(entity, lookup, value, context);
    }

    /// <summary>
    /// A lookup that found nothing because it was given a name instead of a key (<c>municipality(key: "Köln")</c>):
    /// an error naming the key(s) of what has that name, compared without regard to case, and the operation that
    /// finds keys by name; null (a plain miss) otherwise. One more statement, only on a miss.
    /// </summary>
    private async ValueTask<object?> NameGivenForKeyAsync(EntityDefinition entity, LookupDefinition lookup, object value, ResolverContext context)
    {
        if (value is not string text || (entity.FindColumn("name") ?? entity.FindColumn("title")) is not { } name)
        {
            return null;
        }

        var localized = name.Kind == ValueKind.LocalizedText;
        var given = new SqlValue(text);
        var german = CatalogSql.Column(name, Alias);
        var english = localized ? CatalogSql.EnglishColumn(name, Alias) : SqlFragment.Trusted("null::text");
        var statement = new Select([SqlFragment.Of($"{CatalogSql.LookupColumn(lookup.Columns[0], Alias)}::text"), german, english], CatalogSql.Table(entity, Alias))
        {
            Where = [SqlFragment.Of($"(lower({german}) = lower({given}) or lower({english}) = lower({given}))")],
            OrderBy = [new SqlOrder(CatalogSql.Key(Alias), false)],
            Limit = 5,
        }.ToStatement();
        var found = await _runner.QueryAsync(
            statement,
            static r => (Key: r.GetString(0), German: r.IsDBNull(1) ? null : r.GetString(1), English: r.IsDBNull(2) ? null : r.GetString(2)),
            context.CancellationToken);
        if (found.Count == 0)
        {
            return null;
        }

        // The filter that finds the keys by the name as stored, in the language it matched.
        var first = found[0];
        var germanMatch = string.Equals(first.German, text, StringComparison.OrdinalIgnoreCase) || first.English is null;
        var stored = Literal(germanMatch ? first.German! : first.English!);
        var filter = !localized ? $"{{ eq: {stored} }}" : germanMatch ? $"{{ de: {{ eq: {stored} }} }}" : $"{{ en: {{ eq: {stored} }} }}";
        var findKeys = $"{{ {entity.ConnectionField}(where: {{ {name.Name}: {filter} }}) {{ nodes {{ {lookup.ArgumentName} {name.Name}{(localized ? " { de en }" : "")} }} }} }}";
        return GraphErrors.NameGivenForKey(lookup.FieldName, lookup.ArgumentName, Literal(text), found.Select(static f => f.Key).ToArray(), findKeys);
    }

    /// <summary>A GraphQL string literal (JSON's escaping is valid GraphQL), non-ASCII letters kept as they are.</summary>
    private static string Literal(string text) => System.Text.Json.JsonSerializer.Serialize(text, LiteralOptions);

    private static readonly System.Text.Json.JsonSerializerOptions LiteralOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The entities of <c>search</c> hits: one statement per entity type among them.</summary>
    public async ValueTask<IReadOnlyList<object?>> LoadHitNodesAsync(BatchResolverContext context)
    {
        var hits = context.Parents.Cast<SearchHit>().ToArray();
        var loaded = new Dictionary<(string, long), EntityRow>();
        foreach (var group in hits.GroupBy(static h => h.NodeType))
        {
            var entity = OpenDataCatalog.Get(group.Key);
            foreach (var (key, row) in await LoadByKeysAsync(entity, group.Select(static h => h.Key).Distinct().ToArray(), context.Field.SelectionSet, context))
            {
                loaded[(entity.Name, key)] = row;
            }
        }

        return hits.Select(h => (object?)loaded.GetValueOrDefault((h.NodeType, h.Key))).ToArray();
    }

    /// <summary><c>node(id:)</c>: null for an unknown key, an error for an ID that is not one.</summary>
    public async ValueTask<object?> LoadNodeAsync(ResolverContext context)
    {
        var id = (string)context.Arguments["id"]!;
        var parsed = GlobalId.TryParse(id);
        if (parsed is null)
        {
            return GraphErrors.InvalidNodeId(id);
        }

        if (OpenDataCatalog.Find(parsed.TypeName) is not { } entity)
        {
            return GraphErrors.NoNodeResolver(parsed.TypeName);
        }

        var rows = await LoadByKeysAsync(entity, [parsed.Key], context.Field.SelectionSet, context);
        return rows.GetValueOrDefault(parsed.Key);
    }

    /// <summary><c>nodes(ids:)</c>: positional; one statement per entity type asked for.</summary>
    public async ValueTask<object?> LoadNodesAsync(ResolverContext context)
    {
        var ids = ((IReadOnlyList<object?>)context.Arguments["ids"]!).Cast<string>().ToArray();
        if (ids.Length > _options.MaxNodeBatchSize)
        {
            return GraphErrors.TooManyNodes(ids.Length, _options.MaxNodeBatchSize);
        }

        var parsed = new ParsedGlobalId?[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            parsed[i] = GlobalId.TryParse(ids[i]);
            if (parsed[i] is null)
            {
                return GraphErrors.InvalidNodeId(ids[i]);
            }
        }

        var loaded = new Dictionary<(string, long), EntityRow>();
        foreach (var group in parsed.GroupBy(static p => p!.TypeName))
        {
            if (OpenDataCatalog.Find(group.Key) is not { } entity)
            {
                continue;
            }

            var rows = await LoadByKeysAsync(entity, group.Select(static p => p!.Key).Distinct().ToArray(), context.Field.SelectionSet, context);
            foreach (var (key, row) in rows)
            {
                loaded[(entity.Name, key)] = row;
            }
        }

        return parsed.Select(p => (object?)loaded.GetValueOrDefault((p!.TypeName, p.Key))).ToArray();
    }

    private async Task<Dictionary<long, EntityRow>> LoadByKeysAsync(EntityDefinition entity, IReadOnlyList<long> keys, PlannedSelectionSet? selection, FieldContext context)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var projection = ProjectionFor(entity, selection, context.Schema);
        var statement = new Select(projection.SelectList(Alias), CatalogSql.Table(entity, Alias))
        {
            Joins = projection.JoinList(Alias),
            Where = [CatalogSql.KeyMatch(CatalogSql.Key(Alias), keys)],
        }.ToStatement();
        var rows = await _runner.QueryAsync(statement, r => projection.Read(r), context.CancellationToken);
        return rows.ToDictionary(static r => r.Key);
    }

    /// <summary>
    /// <c>areasAt</c>: the areas whose outline contains the point, by municipality and from the largest level down.
    /// ST_Contains uses the outlines' GiST index; a point on a shared border lies in neither neighbour.
    /// </summary>
    public async ValueTask<object?> LoadContainingAsync(EntityDefinition area, ResolverContext context)
    {
        var longitude = (double)context.Arguments["longitude"]!;
        var latitude = (double)context.Arguments["latitude"]!;
        if (longitude is < -180 or > 180 || latitude is < -90 or > 90)
        {
            return GraphErrors.PointOutOfRange(longitude, latitude);
        }

        var projection = ProjectionFor(area, context.Field.SelectionSet, context.Schema);
        var statement = new Select(projection.SelectList(Alias), CatalogSql.Table(area, Alias))
        {
            Joins = projection.JoinList(Alias),
            Where = [SqlFragment.Of($"st_contains({CatalogSql.Outline(area, Alias)}, st_setsrid(st_makepoint({longitude}, {latitude}), 4326))")],
            OrderBy =
            [
                new SqlOrder(SqlFragment.Trusted($"{Alias}.municipality_id"), false),
                new SqlOrder(SqlFragment.Trusted($"(select l.depth from area_level l where l.id = {Alias}.level_id)"), false),
                new SqlOrder(SqlFragment.Trusted($"{Alias}.code"), false),
            ],
        }.ToStatement();
        return await _runner.QueryAsync(statement, r => projection.Read(r), context.CancellationToken);
    }

    private static Projection ProjectionFor(EntityDefinition entity, PlannedSelectionSet? selection, Schema schema)
    {
        var type = schema.FindType<ObjectType>(entity.Name) ?? throw new InvalidOperationException($"The schema has no type {entity.Name}.");
        return Projection.For(entity, ConnectionSelection.FieldsOf(selection, type));
    }
}
