using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Graph.Schema;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.Data.Querying.Filtering;

/// <summary>
/// Turns a coerced <c>where:</c> value into one SQL predicate with HotChocolate's semantics
/// (docs/conventions.md#filter-semantics): fields of one object are AND-ed, <c>and</c>/<c>or</c> combine
/// lists, relations become correlated <c>EXISTS</c> subqueries. Every value becomes a
/// parameter. A null where HotChocolate refuses one ends compilation with HC0026.
/// </summary>
internal sealed partial class FilterCompiler
{
    private readonly SqlBuilder _sql;

    public FilterCompiler(SqlBuilder sql)
    {
        _sql = sql;
    }

    /// <summary>The error that stopped compilation, or null.</summary>
    public GraphQLError? Error { get; private set; }

    /// <summary>The predicate for rows of <paramref name="entity"/> aliased <paramref name="alias"/>; <c>true</c> without filter.</summary>
    public string Compile(EntityDefinition entity, IReadOnlyDictionary<string, object?>? where, string alias) =>
        where is null ? "true" : CompileObject(entity, where, alias);

    private string CompileObject(EntityDefinition entity, IReadOnlyDictionary<string, object?> filter, string alias)
    {
        var parts = new List<string>();
        foreach (var (name, value) in filter)
        {
            if (value is null || Error is not null)
            {
                continue;
            }

            parts.Add(CompileField(entity, name, value, alias));
        }

        return And(parts);
    }

    private string CompileField(EntityDefinition entity, string name, object value, string alias)
    {
        switch (name)
        {
            case "and":
                return And(Objects(value).Select(f => CompileObject(entity, f, alias)));
            case "or":
                return Or(Objects(value).Select(f => CompileObject(entity, f, alias)));
            case "id":
                return CompileId(entity, Object(value), $"{alias}.id");
        }

        if (entity.FindColumn(name) is { } column)
        {
            return column.Kind == ValueKind.LocalizedText
                ? CompileLocalized(column, Object(value), alias)
                : CompileOperations(Object(value), column.SqlFor(alias), column.Kind, GraphTypeNames.OperationFilter(column.Kind, column.EnumName));
        }

        if (entity.FindValueList(name) is { } list)
        {
            return CompileValueList(list, Object(value), alias);
        }

        var relation = entity.FindRelation(name) ?? throw new InvalidOperationException($"{entity.FilterInputName} has no field {name}.");
        return relation.IsMany
            ? CompileListRelation(relation, Object(value), alias)
            : CompileToOne(relation, Object(value), alias);
    }

    private string CompileLocalized(ColumnDefinition column, IReadOnlyDictionary<string, object?> filter, string alias)
    {
        var parts = new List<string>();
        foreach (var (name, value) in filter)
        {
            if (value is null || Error is not null)
            {
                continue;
            }

            parts.Add(name switch
            {
                "and" => And(Objects(value).Select(f => CompileLocalized(column, f, alias))),
                "or" => Or(Objects(value).Select(f => CompileLocalized(column, f, alias))),
                "de" => CompileOperations(Object(value), column.SqlFor(alias), ValueKind.String, "StringOperationFilterInput"),
                _ => CompileOperations(Object(value), column.EnglishSqlFor(alias), ValueKind.String, "StringOperationFilterInput"),
            });
        }

        return And(parts);
    }

    private string CompileToOne(RelationDefinition relation, IReadOnlyDictionary<string, object?> filter, string alias)
    {
        var target = OpenDataCatalog.Get(relation.Target);
        // `district: { id: { eq: … } }` names the row the foreign key points at: compare the key itself,
        // without a subquery (the foreign key guarantees that row exists, so the answers are the same).
        if (filter.Count == 1 && filter.GetValueOrDefault("id") is IReadOnlyDictionary<string, object?> idFilter && NamesKeysOnly(idFilter))
        {
            return CompileId(target, idFilter, $"{alias}.{relation.ForeignKey}");
        }

        var inner = _sql.NextAlias();
        var predicate = CompileObject(target, filter, inner);
        return $"exists (select 1 from {RelationSql.From(relation, inner)} where {RelationSql.Correlation(relation, alias, inner)} and {predicate})";
    }

    /// <summary><c>some</c>, <c>all</c>, <c>none</c>, <c>any</c> over a to-many relation (docs/conventions.md#filter-semantics).</summary>
    private string CompileListRelation(RelationDefinition relation, IReadOnlyDictionary<string, object?> filter, string alias)
    {
        var target = OpenDataCatalog.Get(relation.Target);
        return CompileListOperations(
            filter,
            GraphTypeNames.ObjectListFilter(target),
            target.FilterInputName,
            predicate =>
            {
                var inner = _sql.NextAlias();
                var condition = predicate is null ? "true" : predicate(inner);
                return $"exists (select 1 from {RelationSql.From(relation, inner)} where {RelationSql.Correlation(relation, alias, inner)} and {condition})";
            },
            element => inner => CompileObject(target, element, inner));
    }

    private string CompileValueList(ValueListDefinition list, IReadOnlyDictionary<string, object?> filter, string alias)
    {
        return CompileListOperations(
            filter,
            GraphTypeNames.ValueListFilter(list.Kind, list.EnumName),
            GraphTypeNames.OperationFilter(list.Kind, list.EnumName),
            predicate =>
            {
                var inner = _sql.NextAlias();
                var condition = predicate is null ? "true" : predicate(inner);
                return $"exists (select 1 from {list.Table} {inner} where {inner}.{list.OwnerKey} = {alias}.id and {condition})";
            },
            element => inner => CompileOperations(element, $"{inner}.{list.ValueColumn}", list.Kind, GraphTypeNames.OperationFilter(list.Kind, list.EnumName)));
    }

    /// <summary>
    /// The four list operations; <paramref name="exists"/> writes an EXISTS over the items
    /// satisfying a predicate of the item alias (null: any item).
    /// </summary>
    private string CompileListOperations(
        IReadOnlyDictionary<string, object?> filter,
        string filterType,
        string elementFilterType,
        Func<Func<string, string>?, string> exists,
        Func<IReadOnlyDictionary<string, object?>, Func<string, string>> element)
    {
        var parts = new List<string>();
        foreach (var (name, value) in filter)
        {
            if (Error is not null)
            {
                break;
            }

            if (value is null)
            {
                Error = GraphErrors.NullFilterValue(name, filterType, name == "any" ? "Boolean!" : elementFilterType + "!");
                break;
            }

            parts.Add(name switch
            {
                "some" => exists(element(Object(value))),
                "none" => $"not {exists(element(Object(value)))}",
                "all" => $"not {exists(Negate(element(Object(value))))}",
                _ => (bool)value ? exists(null) : $"not {exists(null)}",
            });
        }

        return And(parts);
    }

    private static Func<string, string> Negate(Func<string, string> predicate) => alias => $"not coalesce({predicate(alias)}, false)";

    private string CompileId(EntityDefinition entity, IReadOnlyDictionary<string, object?> filter, string keySql)
    {
        var parts = new List<string>();
        foreach (var (operation, value) in filter)
        {
            var keys = value switch
            {
                null => null,
                IReadOnlyList<object?> ids => ids.Select(id => (object?)KeyOf(entity, id)).ToList(),
                _ => [(object?)KeyOf(entity, value)],
            };

            if (Error is not null)
            {
                break;
            }

            parts.Add(CompileOperation(operation, keySql, ValueKind.Long, keys is null ? null : value is IReadOnlyList<object?> ? keys : keys[0], GraphTypeNames.IdFilter));
        }

        return And(parts);
    }

    /// <summary>
    /// An ID filter that only says which rows to keep (<c>eq</c> or <c>in</c> without null): on a foreign key
    /// it means the same as on the key of the row pointed at. <c>neq</c>, <c>nin</c> and null differ for rows
    /// that point nowhere.
    /// </summary>
    private static bool NamesKeysOnly(IReadOnlyDictionary<string, object?> idFilter) =>
        idFilter.Count > 0
        && idFilter.All(static o => o.Key switch
        {
            "eq" => o.Value is not null,
            "in" => o.Value is IReadOnlyList<object?> ids && ids.All(static id => id is not null),
            _ => false,
        });

    /// <summary>The key an ID stands for; IDs of another type match nothing (-1 is never a key).</summary>
    private long? KeyOf(EntityDefinition entity, object? id)
    {
        if (id is null)
        {
            return null;
        }

        var parsed = GlobalId.TryParse(id as string);
        if (parsed is null)
        {
            Error ??= GraphErrors.InvalidNodeId(id as string ?? string.Empty);
            return null;
        }

        return parsed.TypeName == entity.Name ? parsed.Key : -1;
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Objects(object value) =>
        ((IReadOnlyList<object?>)value).OfType<IReadOnlyDictionary<string, object?>>();

    private static IReadOnlyDictionary<string, object?> Object(object value) => (IReadOnlyDictionary<string, object?>)value;

    private static string And(IEnumerable<string> parts)
    {
        var list = parts.Where(static p => p != "true").ToList();
        return list.Count switch
        {
            0 => "true",
            1 => list[0],
            _ => $"({string.Join(" and ", list)})",
        };
    }

    private static string Or(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count switch
        {
            0 => "true",
            1 => list[0],
            _ => $"({string.Join(" or ", list)})",
        };
    }
}
