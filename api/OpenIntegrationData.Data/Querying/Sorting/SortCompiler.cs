using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.Data.Querying.Sorting;

/// <summary>
/// Turns a coerced <c>order:</c> list into ORDER BY keys (docs/conventions.md#sorting): list order is
/// priority, nested to-one relations sort by a scalar subquery on the related row, and the
/// key <c>id</c> is always appended (ascending) so the order is total and keyset cursors are exact.
/// </summary>
internal sealed class SortCompiler
{
    private readonly SqlBuilder _sql;

    public SortCompiler(SqlBuilder sql)
    {
        _sql = sql;
    }

    /// <summary>The error that stopped compilation (HC0026), or null.</summary>
    public GraphQLError? Error { get; private set; }

    public IReadOnlyList<SortKey> Compile(EntityDefinition entity, IReadOnlyList<object?>? order, string alias)
    {
        var keys = new List<SortKey>();
        foreach (var item in order ?? [])
        {
            if (item is IReadOnlyDictionary<string, object?> fields)
            {
                AddKeys(keys, entity, fields, alias, static sql => sql);
            }
        }

        keys.Add(new SortKey($"{alias}.id", ValueKind.Long, false, CanBeNull: false));
        return keys;
    }

    /// <summary>Adds the keys of one sort object; <paramref name="reach"/> wraps an expression over <paramref name="alias"/> into one over the outermost row.</summary>
    private void AddKeys(List<SortKey> keys, EntityDefinition entity, IReadOnlyDictionary<string, object?> fields, string alias, Func<string, string> reach)
    {
        foreach (var (name, value) in fields)
        {
            if (Error is not null)
            {
                return;
            }

            if (value is null)
            {
                Error = GraphErrors.NullSortValue(name, entity.SortInputName);
                return;
            }

            if (name == "id")
            {
                keys.Add(new SortKey(reach($"{alias}.id"), ValueKind.Long, IsDescending(value)));
            }
            else if (entity.FindColumn(name) is { } column)
            {
                AddColumnKeys(keys, column, value, alias, reach);
            }
            else if (entity.FindRelation(name) is { IsMany: false } relation)
            {
                var target = OpenDataCatalog.Get(relation.Target);
                var inner = _sql.NextAlias();
                AddKeys(keys, target, (IReadOnlyDictionary<string, object?>)value, inner, sql =>
                    reach($"(select {sql} from {RelationSql.From(relation, inner)} where {RelationSql.Correlation(relation, alias, inner)})"));
            }
        }
    }

    private void AddColumnKeys(List<SortKey> keys, ColumnDefinition column, object value, string alias, Func<string, string> reach)
    {
        if (column.Kind != ValueKind.LocalizedText)
        {
            keys.Add(new SortKey(reach(column.SqlFor(alias)), column.Kind, IsDescending(value)));
            return;
        }

        foreach (var (language, direction) in (IReadOnlyDictionary<string, object?>)value)
        {
            if (direction is null)
            {
                Error = GraphErrors.NullSortValue(language, "LocalizedTextSortInput");
                return;
            }

            var sql = language == "de" ? column.SqlFor(alias) : column.EnglishSqlFor(alias);
            keys.Add(new SortKey(reach(sql), ValueKind.String, IsDescending(direction)));
        }
    }

    private static bool IsDescending(object value) => value is "DESC";
}
