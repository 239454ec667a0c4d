using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.Data.Querying.Sorting;

/// <summary>
/// Turns a coerced <c>order:</c> list into ORDER BY keys (docs/conventions.md#sorting): list order is
/// priority, nested to-one relations sort by a scalar subquery on the related row, and the
/// key <c>id</c> is always appended (ascending) so the order is total and keyset cursors are exact.
/// A null direction makes the result the error HC0026.
/// </summary>
internal sealed class SortCompiler
{
    private readonly SubqueryAliases _aliases;

    public SortCompiler(SubqueryAliases aliases)
    {
        _aliases = aliases;
    }

    public CompileResult<IReadOnlyList<SortKey>> Compile(EntityDefinition entity, IReadOnlyList<object?>? order, string alias)
    {
        var keys = new List<SortKey>();
        foreach (var item in order ?? [])
        {
            if (item is IReadOnlyDictionary<string, object?> fields && AddKeys(keys, entity, fields, alias, static sql => sql) is { } error)
            {
                return error;
            }
        }

        keys.Add(new SortKey(CatalogSql.Key(alias), ValueKind.Long, false, CanBeNull: false));
        return keys;
    }

    /// <summary>
    /// Adds the keys of one sort object, or returns the error; <paramref name="reach"/> wraps an
    /// expression over <paramref name="alias"/> into one over the outermost row.
    /// </summary>
    private GraphQLError? AddKeys(List<SortKey> keys, EntityDefinition entity, IReadOnlyDictionary<string, object?> fields, string alias, Func<SqlFragment, SqlFragment> reach)
    {
        foreach (var (name, value) in fields)
        {
            if (value is null)
            {
                return GraphErrors.NullSortValue(name, entity.SortInputName);
            }

            GraphQLError? error = null;
            if (name == "id")
            {
                keys.Add(new SortKey(reach(CatalogSql.Key(alias)), ValueKind.Long, IsDescending(value)));
            }
            else if (entity.FindColumn(name) is { } column)
            {
                error = AddColumnKeys(keys, column, value, alias, reach);
            }
            else if (entity.FindRelation(name) is { IsMany: false } relation)
            {
                error = AddRelationKeys(keys, relation, (IReadOnlyDictionary<string, object?>)value, alias, reach);
            }

            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    /// <summary>A to-one relation sorts by a scalar subquery on the row it points at.</summary>
    private GraphQLError? AddRelationKeys(List<SortKey> keys, RelationDefinition relation, IReadOnlyDictionary<string, object?> fields, string alias, Func<SqlFragment, SqlFragment> reach)
    {
        var target = OpenDataCatalog.Get(relation.Target);
        var inner = _aliases.Next();
        return AddKeys(keys, target, fields, inner, sql =>
        {
            var related = new Select([sql], CatalogSql.From(relation, inner)) { Where = [CatalogSql.Correlation(relation, alias, inner)] };
            return reach(SqlFragment.Of($"({related.ToFragment()})"));
        });
    }

    private static GraphQLError? AddColumnKeys(List<SortKey> keys, ColumnDefinition column, object value, string alias, Func<SqlFragment, SqlFragment> reach)
    {
        if (column.Kind != ValueKind.LocalizedText)
        {
            keys.Add(new SortKey(reach(CatalogSql.Column(column, alias)), column.Kind, IsDescending(value)));
            return null;
        }

        foreach (var (language, direction) in (IReadOnlyDictionary<string, object?>)value)
        {
            if (direction is null)
            {
                return GraphErrors.NullSortValue(language, "LocalizedTextSortInput");
            }

            var sql = language == "de" ? CatalogSql.Column(column, alias) : CatalogSql.EnglishColumn(column, alias);
            keys.Add(new SortKey(reach(sql), ValueKind.String, IsDescending(direction)));
        }

        return null;
    }

    private static bool IsDescending(object value) => value is "DESC";
}
