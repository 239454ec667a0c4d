using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.Data.Graph.Schema;

/// <summary>The query root: <c>node</c>/<c>nodes</c>, a connection per entity, lookups by natural key, totals.</summary>
internal sealed partial class GraphSchemaFactory
{
    private void AddQueryType()
    {
        _builder.AddObjectType("Query", t =>
        {
            t.Description("Everything the API answers. Lists are paged connections (`first`/`after`, `last`/`before`), filtered with `where` and sorted with `order`.");
            t.Field("node", GraphTypeNames.Node, f => f
                .Description(GraphDescriptions.NodeField)
                .Argument("id", "ID!", a => a.Description(GraphDescriptions.NodeId))
                .Cost(10)
                .ResolveAsync(_resolvers.Node()));
            t.Field("nodes", $"[{GraphTypeNames.Node}]!", f => f
                .Description(GraphDescriptions.NodesField)
                .Argument("ids", "[ID!]!", a => a.Description(GraphDescriptions.NodesIds))
                .Cost(10)
                .ResolveAsync(_resolvers.Nodes()));
            foreach (var entity in OpenDataCatalog.Entities)
            {
                AddRootFields(t, entity);
            }
        });
    }

    private void AddRootFields(ObjectTypeBuilder query, EntityDefinition entity)
    {
        query.Field(entity.ConnectionField, ConnectionType(entity.ConnectionField, entity), f => Deprecate(ConfigureConnectionField(f, entity, entity.ListDescription), entity.ConnectionDeprecationReason)
            .ResolveAsync(_resolvers.RootConnection(entity)));
        foreach (var lookup in entity.Lookups)
        {
            var argumentType = GraphTypeNames.ScalarName(lookup.ArgumentKind, null) + "!";
            query.Field(lookup.FieldName, entity.Name, f => f
                .Description(lookup.Description)
                .Argument(lookup.ArgumentName, argumentType, a => a.Description(lookup.ArgumentDescription))
                .Cost(10)
                .ResolveAsync(_resolvers.Lookup(entity, lookup)));
        }
    }
}
