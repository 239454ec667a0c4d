using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>The resolvers the schema factory attaches: each one a thin call into a loader.</summary>
internal sealed class GraphResolvers
{
    private readonly ConnectionLoader _connections;
    private readonly EntityLoader _entities;
    private readonly OutlineLoader _outlines;

    public GraphResolvers(SqlRunner runner, GraphOptions options, TotalsMemo memo)
    {
        _connections = new ConnectionLoader(runner, options, memo);
        _entities = new EntityLoader(runner, options);
        _outlines = new OutlineLoader(runner);
        Totals = new TotalsLoader(runner, options, memo);
        _search = new SearchLoader(runner);
    }

    private readonly SearchLoader _search;

    public TotalsLoader Totals { get; }

    public Func<ResolverContext, ValueTask<object?>> RootConnection(EntityDefinition entity) =>
        context => _connections.LoadRootAsync(entity, context);

    public Func<BatchResolverContext, ValueTask<IReadOnlyList<object?>>> RelatedConnection(RelationDefinition relation) =>
        context => _connections.LoadRelatedAsync(relation, context);

    public Func<BatchResolverContext, ValueTask<IReadOnlyList<object?>>> RelatedObject(RelationDefinition relation) =>
        context => _entities.LoadRelatedAsync(relation, context);

    public Func<BatchResolverContext, ValueTask<IReadOnlyList<object?>>> ValueList(ValueListDefinition list) =>
        context => _entities.LoadValueListAsync(list, context);

    public Func<ResolverContext, ValueTask<object?>> Lookup(EntityDefinition entity, LookupDefinition lookup) =>
        context => _entities.LookupAsync(entity, lookup, context);

    public Func<BatchResolverContext, ValueTask<IReadOnlyList<object?>>> Boundary(EntityDefinition entity) =>
        context => _outlines.LoadBoundariesAsync(entity, context);

    public Func<BatchResolverContext, ValueTask<IReadOnlyList<object?>>> BoundingBox(EntityDefinition entity) =>
        context => _outlines.LoadBoundingBoxesAsync(entity, context);

    public Func<ResolverContext, ValueTask<object?>> AreasAt(EntityDefinition area) =>
        context => _entities.LoadContainingAsync(area, context);

    public Func<ResolverContext, ValueTask<object?>> Node() => _entities.LoadNodeAsync;

    public Func<ResolverContext, ValueTask<object?>> Search() => _search.SearchAsync;

    public Func<BatchResolverContext, ValueTask<IReadOnlyList<object?>>> SearchHitNode() => _entities.LoadHitNodesAsync;

    public Func<ResolverContext, ValueTask<object?>> Nodes() => _entities.LoadNodesAsync;
}
