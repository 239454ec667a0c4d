using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Querying;
using OpenIntegrationData.Data.Querying.Filtering;
using OpenIntegrationData.Data.Querying.Paging;
using OpenIntegrationData.Data.Querying.Sorting;
using OpenIntegrationData.Data.Sql;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>
/// The compiled arguments of one connection level (filter, sort keys, page) and the statements
/// they make: the page (keyset window; per parent with <c>row_number() over (partition by parent …)</c>
/// when the level has many parents) and the count, both with the same filter. The number of
/// statements does not depend on page size or parent count.
/// </summary>
internal sealed class ConnectionQuery
{
    private const string Alias = SubqueryAliases.Row;

    private ConnectionQuery(EntityDefinition entity, RelationDefinition? relation, Projection projection, SqlFragment filter, IReadOnlyList<SortKey> keys, PageRequest page)
    {
        Entity = entity;
        Relation = relation;
        Projection = projection;
        Filter = filter;
        Keys = keys;
        Page = page;
    }

    public EntityDefinition Entity { get; }

    /// <summary>The relation from the parents, or null for a root connection.</summary>
    public RelationDefinition? Relation { get; }

    public Projection Projection { get; }

    /// <summary>The <c>where:</c> argument as a predicate over the rows.</summary>
    public SqlFragment Filter { get; }

    /// <summary>The ORDER BY keys, the row's key last.</summary>
    public IReadOnlyList<SortKey> Keys { get; }

    public PageRequest Page { get; }

    /// <summary>Compiles the arguments of a connection field, or returns the error that stops the field.</summary>
    public static CompileResult<ConnectionQuery> Compile(
        EntityDefinition entity,
        RelationDefinition? relation,
        ConnectionSelection selection,
        IReadOnlyDictionary<string, object?> arguments,
        string fieldCoordinate,
        GraphOptions options)
    {
        var aliases = new SubqueryAliases();
        var sort = new SortCompiler(aliases).Compile(entity, arguments.GetValueOrDefault("order") as IReadOnlyList<object?>, Alias);
        var page = PageRequest.Create(arguments, fieldCoordinate, options, sort);
        if (!page.Succeeded)
        {
            return page.Error!;
        }

        var filter = new FilterCompiler(aliases).Compile(entity, arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>, Alias);
        return filter.Map(f => new ConnectionQuery(entity, relation, Projection.For(entity, selection.NodeFields), f, sort.Value, page.Value));
    }

    /// <summary>The page: the projection and the sort key values (<c>k0</c>, <c>k1</c>…) of one more row than asked for, per parent for a nested level.</summary>
    public SqlStatement PageStatement(IReadOnlyList<long>? parentKeys)
    {
        var conditions = new List<SqlFragment> { Filter };
        if (Page.After is not null)
        {
            conditions.Add(KeysetPredicate.After(Keys, Page.After));
        }

        if (Page.Before is not null)
        {
            conditions.Add(KeysetPredicate.Before(Keys, Page.Before));
        }

        var order = Keys.Select(k => new SqlOrder(k.Sql, k.Descending != Page.IsBackward)).ToArray();
        var columns = Projection.SelectList(Alias).Concat(Keys.Select(static (k, i) => SqlFragment.Of($"{k.Sql} as {SqlFragment.Trusted($"k{i}")}")));
        if (Relation is null)
        {
            return new Select(columns.ToArray(), CatalogSql.Table(Entity, Alias))
            {
                Joins = Projection.JoinList(Alias),
                Where = conditions,
                OrderBy = order,
                Limit = Page.FetchCount,
            }.ToStatement();
        }

        var owner = CatalogSql.OwnerKey(Relation, Alias);
        conditions.Insert(0, CatalogSql.KeyMatch(owner, parentKeys!));
        var ranked = new Select(
            [
                .. columns,
                SqlFragment.Of($"{owner} as parent_key"),
                SqlFragment.Of($"row_number() over (partition by {owner} order by {SqlFragment.Join(", ", order.Select(static o => o.ToFragment()))}) as rn"),
            ],
            CatalogSql.From(Relation, Alias))
        {
            Joins = Projection.JoinList(Alias),
            Where = conditions,
        };
        return new Select([SqlFragment.Trusted("*")], SqlFragment.Of($"({ranked.ToFragment()}) q"))
        {
            Where = [SqlFragment.Of($"q.rn <= {Page.FetchCount}")],
            OrderBy = [new SqlOrder(SqlFragment.Trusted("q.parent_key"), false), new SqlOrder(SqlFragment.Trusted("q.rn"), false)],
        }.ToStatement();
    }

    /// <summary>The count: one for a root connection, one row per parent otherwise (finished by the <see cref="TotalsMemo"/>).</summary>
    public Select CountSelect(IReadOnlyList<long>? parentKeys)
    {
        if (Relation is null)
        {
            return new Select([SqlFragment.Trusted("count(*)")], CatalogSql.Table(Entity, Alias)) { Where = [Filter] };
        }

        var owner = CatalogSql.OwnerKey(Relation, Alias);
        return new Select([owner, SqlFragment.Trusted("count(*)")], CatalogSql.From(Relation, Alias))
        {
            Where = [CatalogSql.KeyMatch(owner, parentKeys!), Filter],
            GroupBy = [SqlFragment.Trusted("1")],
        };
    }
}
