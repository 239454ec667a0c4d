using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Graph.Schema;
using OpenIntegrationData.Data.Sql;

namespace OpenIntegrationData.Data.Querying.Filtering;

/// <summary>
/// Turns a coerced <c>where:</c> value into one SQL predicate with HotChocolate's semantics
/// (docs/conventions.md#filter-semantics): fields of one object are AND-ed, <c>and</c>/<c>or</c> combine
/// lists, relations become correlated <c>EXISTS</c> subqueries. Every value becomes a
/// parameter. A null where HotChocolate refuses one makes the result the error HC0026.
/// </summary>
internal sealed partial class FilterCompiler
{
    private readonly SubqueryAliases _aliases;

    public FilterCompiler(SubqueryAliases aliases)
    {
        _aliases = aliases;
    }

    /// <summary>The predicate for rows of <paramref name="entity"/> aliased <paramref name="alias"/> (<c>true</c> without filter), or the error.</summary>
    public CompileResult<SqlFragment> Compile(EntityDefinition entity, IReadOnlyDictionary<string, object?>? where, string alias) =>
        where is null ? SqlFragment.True : CompileObject(entity, where, alias);

    private CompileResult<SqlFragment> CompileObject(EntityDefinition entity, IReadOnlyDictionary<string, object?> filter, string alias) =>
        CompileResult.All(filter.Where(static f => f.Value is not null).Select(f => CompileField(entity, f.Key, f.Value!, alias)), SqlFragment.And);

    private CompileResult<SqlFragment> CompileField(EntityDefinition entity, string name, object value, string alias)
    {
        switch (name)
        {
            case "and":
                return CompileResult.All(Objects(value).Select(f => CompileObject(entity, f, alias)), SqlFragment.And);
            case "or":
                return CompileResult.All(Objects(value).Select(f => CompileObject(entity, f, alias)), SqlFragment.Or);
            case "id":
                return CompileId(entity, Object(value), CatalogSql.Key(alias));
        }

        if (entity.FindColumn(name) is { } column)
        {
            return column.Kind == ValueKind.LocalizedText
                ? CompileLocalized(column, Object(value), alias)
                : CompileOperations(Object(value), CatalogSql.Column(column, alias), column.Kind, GraphTypeNames.OperationFilter(column.Kind, column.EnumName));
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

    private CompileResult<SqlFragment> CompileLocalized(ColumnDefinition column, IReadOnlyDictionary<string, object?> filter, string alias) =>
        CompileResult.All(
            filter.Where(static f => f.Value is not null).Select(f => f.Key switch
            {
                "and" => CompileResult.All(Objects(f.Value!).Select(o => CompileLocalized(column, o, alias)), SqlFragment.And),
                "or" => CompileResult.All(Objects(f.Value!).Select(o => CompileLocalized(column, o, alias)), SqlFragment.Or),
                "de" => CompileOperations(Object(f.Value!), CatalogSql.Column(column, alias), ValueKind.String, "StringOperationFilterInput"),
                _ => CompileOperations(Object(f.Value!), CatalogSql.EnglishColumn(column, alias), ValueKind.String, "StringOperationFilterInput"),
            }),
            SqlFragment.And);

    private CompileResult<SqlFragment> CompileToOne(RelationDefinition relation, IReadOnlyDictionary<string, object?> filter, string alias)
    {
        var target = OpenDataCatalog.Get(relation.Target);
        // `district: { id: { eq: … } }` names the row the foreign key points at: compare the key itself,
        // without a subquery (the foreign key guarantees that row exists, so the answers are the same).
        // `nationalityGroup: { id: { eq: null } }` asks for rows that point nowhere: the key is null.
        if (filter.Count == 1 && filter.GetValueOrDefault("id") is IReadOnlyDictionary<string, object?> idFilter
            && (NamesKeysOnly(idFilter) || AsksForEmptyKey(idFilter)))
        {
            return CompileId(target, idFilter, CatalogSql.ForeignKey(relation, alias));
        }

        var inner = _aliases.Next();
        return CompileObject(target, filter, inner).Map(predicate => Exists(relation, alias, inner, predicate));
    }

    /// <summary><c>some</c>, <c>all</c>, <c>none</c>, <c>any</c> over a to-many relation (docs/conventions.md#filter-semantics).</summary>
    private CompileResult<SqlFragment> CompileListRelation(RelationDefinition relation, IReadOnlyDictionary<string, object?> filter, string alias)
    {
        var target = OpenDataCatalog.Get(relation.Target);
        return CompileListOperations(
            filter,
            GraphTypeNames.ObjectListFilter(target),
            target.FilterInputName,
            predicate =>
            {
                var inner = _aliases.Next();
                return (predicate?.Invoke(inner) ?? SqlFragment.True).Map(condition => Exists(relation, alias, inner, condition));
            },
            element => inner => CompileObject(target, element, inner));
    }

    private CompileResult<SqlFragment> CompileValueList(ValueListDefinition list, IReadOnlyDictionary<string, object?> filter, string alias)
    {
        var filterType = GraphTypeNames.OperationFilter(list.Kind, list.EnumName);
        return CompileListOperations(
            filter,
            GraphTypeNames.ValueListFilter(list.Kind, list.EnumName),
            filterType,
            predicate =>
            {
                var inner = _aliases.Next();
                return (predicate?.Invoke(inner) ?? SqlFragment.True).Map(condition => Exists(
                    CatalogSql.ValueListTable(list, inner),
                    SqlFragment.Of($"{CatalogSql.ValueListOwner(list, inner)} = {CatalogSql.Key(alias)}"),
                    condition));
            },
            element => inner => CompileOperations(element, CatalogSql.ValueListValue(list, inner), list.Kind, filterType));
    }

    /// <summary>
    /// The four list operations; <paramref name="exists"/> writes an EXISTS over the items
    /// satisfying a predicate of the item alias (null: any item).
    /// </summary>
    private static CompileResult<SqlFragment> CompileListOperations(
        IReadOnlyDictionary<string, object?> filter,
        string filterType,
        string elementFilterType,
        Func<Func<string, CompileResult<SqlFragment>>?, CompileResult<SqlFragment>> exists,
        Func<IReadOnlyDictionary<string, object?>, Func<string, CompileResult<SqlFragment>>> element)
    {
        var parts = new List<SqlFragment>();
        foreach (var (name, value) in filter)
        {
            if (value is null)
            {
                return GraphErrors.NullFilterValue(name, filterType, name == "any" ? "Boolean!" : elementFilterType + "!");
            }

            var part = name switch
            {
                "some" => exists(element(Object(value))),
                "none" => exists(element(Object(value))).Map(Not),
                "all" => exists(Negate(element(Object(value)))).Map(Not),
                _ => (bool)value ? exists(null) : exists(null).Map(Not),
            };
            if (!part.Succeeded)
            {
                return part;
            }

            parts.Add(part.Value);
        }

        return SqlFragment.And(parts);
    }

    private static Func<string, CompileResult<SqlFragment>> Negate(Func<string, CompileResult<SqlFragment>> predicate) =>
        alias => predicate(alias).Map(static p => SqlFragment.Of($"not coalesce({p}, false)"));

    private static SqlFragment Not(SqlFragment condition) => SqlFragment.Of($"not {condition}");

    private static SqlFragment Exists(RelationDefinition relation, string ownerAlias, string targetAlias, SqlFragment condition) =>
        Exists(CatalogSql.From(relation, targetAlias), CatalogSql.Correlation(relation, ownerAlias, targetAlias), condition);

    private static SqlFragment Exists(SqlFragment from, SqlFragment correlation, SqlFragment condition)
    {
        var items = new Select([SqlFragment.Trusted("1")], from) { Where = [correlation, condition] };
        return SqlFragment.Of($"exists ({items.ToFragment()})");
    }

    private static CompileResult<SqlFragment> CompileId(EntityDefinition entity, IReadOnlyDictionary<string, object?> filter, SqlFragment key)
    {
        var parts = new List<SqlFragment>();
        foreach (var (operation, value) in filter)
        {
            var operand = value is IReadOnlyList<object?> ids
                ? CompileResult.All(ids.Select(id => KeyOf(entity, id)), static keys => (object?)keys.Select(static k => (object?)k).ToList())
                : KeyOf(entity, value).Map(static k => (object?)k);
            var part = operand.Succeeded ? CompileOperation(operation, key, ValueKind.Long, operand.Value, GraphTypeNames.IdFilter) : operand.Error!;
            if (!part.Succeeded)
            {
                return part;
            }

            parts.Add(part.Value);
        }

        return SqlFragment.And(parts);
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

    /// <summary><c>eq: null</c> or <c>neq: null</c> alone: whether the relation is empty, which only the foreign key can say.</summary>
    private static bool AsksForEmptyKey(IReadOnlyDictionary<string, object?> idFilter) =>
        idFilter.Count == 1 && idFilter.Single() is { Key: "eq" or "neq", Value: null };

    /// <summary>The key an ID stands for (null for null); IDs of another type match nothing (-1 is never a key).</summary>
    private static CompileResult<long?> KeyOf(EntityDefinition entity, object? id)
    {
        if (id is null)
        {
            return (long?)null;
        }

        var parsed = GlobalId.TryParse(id as string);
        if (parsed is null)
        {
            return GraphErrors.InvalidNodeId(id as string ?? string.Empty);
        }

        return parsed.TypeName == entity.Name ? parsed.Key : -1;
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Objects(object value) =>
        ((IReadOnlyList<object?>)value).OfType<IReadOnlyDictionary<string, object?>>();

    private static IReadOnlyDictionary<string, object?> Object(object value) => (IReadOnlyDictionary<string, object?>)value;
}
