using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Querying;
using OpenIntegrationData.Data.Querying.Filtering;
using OpenIntegrationData.Data.Querying.Paging;
using OpenIntegrationData.Data.Querying.Sorting;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>
/// Writes the statements of one connection level: the page (filter, sort, keyset window; per
/// parent with <c>row_number() over (partition by parent …)</c> when the level has many
/// parents) and the count. The number of statements does not depend on page size or parent count.
/// </summary>
internal sealed class ConnectionQuery
{
    private const string Alias = "t0";

    private ConnectionQuery(EntityDefinition entity, RelationDefinition? relation, Projection projection, IReadOnlyDictionary<string, object?> arguments)
    {
        Entity = entity;
        Relation = relation;
        Projection = projection;
        Arguments = arguments;
    }

    public EntityDefinition Entity { get; }

    /// <summary>The relation from the parents, or null for a root connection.</summary>
    public RelationDefinition? Relation { get; }

    public Projection Projection { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public static ConnectionQuery Create(EntityDefinition entity, RelationDefinition? relation, ConnectionSelection selection, IReadOnlyDictionary<string, object?> arguments) =>
        new(entity, relation, Projection.For(entity, selection.NodeFields), arguments);

    private IReadOnlyDictionary<string, object?>? Where => Arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>;

    private IReadOnlyList<object?>? Order => Arguments.GetValueOrDefault("order") as IReadOnlyList<object?>;

    /// <summary>The page statement with its sort keys and checked paging, or the error that stops the field.</summary>
    public (SqlStatement? Statement, IReadOnlyList<SortKey> Keys, PageRequest? Page, GraphQLError? Error) WritePage(
        string fieldCoordinate, GraphOptions options, IReadOnlyList<long>? parentKeys)
    {
        var sql = new SqlBuilder();
        var sorts = new SortCompiler(sql);
        var keys = sorts.Compile(Entity, Order, Alias);
        var page = PageRequest.Create(Arguments, fieldCoordinate, options, keys, out var error);
        error ??= sorts.Error;
        if (error is not null || page is null)
        {
            return (null, keys, null, error);
        }

        var filters = new FilterCompiler(sql);
        var conditions = new List<string> { filters.Compile(Entity, Where, Alias) };
        if (filters.Error is not null)
        {
            return (null, keys, null, filters.Error);
        }

        if (page.After is not null)
        {
            conditions.Add(KeysetPredicate.After(keys, page.After, sql));
        }

        if (page.Before is not null)
        {
            conditions.Add(KeysetPredicate.Before(keys, page.Before, sql));
        }

        var orderBy = string.Join(", ", keys.Select(k => $"{k.Sql} {(k.Descending != page.IsBackward ? "desc" : "asc")}"));
        var keyColumns = string.Join(string.Empty, keys.Select((k, i) => $", {k.Sql} as k{i}"));
        if (Relation is null)
        {
            sql.Append($"select {Projection.SelectList(Alias)}{keyColumns} from {Entity.Table} {Alias}{Projection.JoinClause(Alias)} where {string.Join(" and ", conditions)} order by {orderBy} limit {sql.Parameter(page.FetchCount)}");
            return (sql.Build(), keys, page, null);
        }

        var owner = RelationSql.OwnerKey(Relation, Alias);
        conditions.Insert(0, sql.KeyMatch(owner, parentKeys!));
        sql.Append(
            $"select * from (select {Projection.SelectList(Alias)}{keyColumns}, {owner} as parent_key, " +
            $"row_number() over (partition by {owner} order by {orderBy}) as rn " +
            $"from {RelationSql.From(Relation, Alias)}{Projection.JoinClause(Alias)} where {string.Join(" and ", conditions)}) q " +
            $"where q.rn <= {sql.Parameter(page.FetchCount)} order by q.parent_key, q.rn");
        return (sql.Build(), keys, page, null);
    }

    /// <summary>The count statement: one count for a root connection, one row per parent otherwise.</summary>
    public SqlStatement WriteCount(IReadOnlyList<long>? parentKeys)
    {
        var sql = new SqlBuilder();
        var filter = new FilterCompiler(sql).Compile(Entity, Where, Alias);
        if (Relation is null)
        {
            return sql.Append($"select count(*) from {Entity.Table} {Alias} where {filter}").Build();
        }

        var owner = RelationSql.OwnerKey(Relation, Alias);
        var parents = sql.KeyMatch(owner, parentKeys!);
        return sql.Append($"select {owner}, count(*) from {RelationSql.From(Relation, Alias)} where {parents} and {filter} group by 1").Build();
    }
}
