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

            if (OpenDataCatalog.Find("Area") is { Outline: not null } area)
            {
                t.Field("areasAt", "[Area!]!", f => f
                    .Description("The areas whose outline contains a point, on every level, by municipality from the largest level down: \"which district is this address in?\" Longitude and latitude in WGS 84 degrees; Köln's cathedral stands at 6.958, 50.941. An empty list outside every loaded outline; a point exactly on a border lies in neither area.")
                    .Argument("longitude", "Float!", a => a.Description("East–west position in degrees, -180 to 180."))
                    .Argument("latitude", "Float!", a => a.Description("North–south position in degrees, -90 to 90."))
                    .ListSize(assumedSize: 10)
                    .Cost(10)
                    .ResolveAsync(_resolvers.AreasAt(area)));
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
