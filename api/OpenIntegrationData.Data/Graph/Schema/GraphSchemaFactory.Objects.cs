using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.Data.Graph.Schema;

/// <summary>Entity object types: ID, scalar fields, value lists, then relations.</summary>
internal sealed partial class GraphSchemaFactory
{
    private void AddEntityType(EntityDefinition entity)
    {
        _builder.AddObjectType(entity.Name, t =>
        {
            t.Description(entity.Description).Implements(GraphTypeNames.Node);
            t.Field("id", "ID!", f => f.Description($"The global ID of this {Words(entity.Name)}; use it with `node(id:)` or to filter by `id`."));
            foreach (var column in entity.Columns)
            {
                var type = GraphTypeNames.ScalarName(column.Kind, column.EnumName) + (column.Nullable ? string.Empty : "!");
                t.Field(column.Name, type, f => f.Description(column.Description));
            }

            foreach (var list in entity.ValueLists)
            {
                t.Field(list.Name, $"[{GraphTypeNames.ScalarName(list.Kind, list.EnumName)}!]!", f => f
                    .Description(list.Description)
                    .Cost(10)
                    .ResolveBatch(_resolvers.ValueList(list)));
            }

            if (entity.Outline is not null)
            {
                AddOutlineFields(t, entity);
            }

            foreach (var relation in entity.Relations)
            {
                AddRelationField(t, relation);
            }
        });
    }

    /// <summary>The outline as GeoJSON and its bounding box. A geometry weighs 20 (a name 0, a resolver 10): thousands of coordinates.</summary>
    private void AddOutlineFields(ObjectTypeBuilder type, EntityDefinition entity)
    {
        type.Field("boundary", "GeoJSON", f => f
            .Description($"Outline of the {Words(entity.Name)} as a GeoJSON MultiPolygon (WGS 84 longitude/latitude, 6 decimals); null where none is loaded. `tolerance` simplifies it for small maps.")
            .Argument("tolerance", "Float", a => a.Description("How far, in degrees, the simplified outline may stray from the published one: above 0, at most 0.01; 0.0004 (about 40 m) keeps a city map's shape at a tenth of the size. Coordinates then have 5 decimals."))
            .Cost(20)
            .ResolveBatch(_resolvers.Boundary(entity)));
        type.Field("boundingBox", "[Float!]", f => f
            .Description($"The smallest box around the outline as [west, south, east, north] in degrees (the GeoJSON `bbox` order); null where no outline is loaded.")
            .Cost(10)
            .ResolveBatch(_resolvers.BoundingBox(entity)));
    }

    private void AddRelationField(ObjectTypeBuilder type, RelationDefinition relation)
    {
        var target = OpenDataCatalog.Get(relation.Target);
        if (relation.IsMany)
        {
            type.Field(relation.Name, ConnectionType(relation.Name, target), f => Deprecate(ConfigureConnectionField(f, target, relation.Description), relation.DeprecationReason)
                .ResolveBatch(_resolvers.RelatedConnection(relation)));
            return;
        }

        type.Field(relation.Name, target.Name + (relation.Nullable ? string.Empty : "!"), f => Deprecate(f, relation.DeprecationReason)
            .Description(relation.Description)
            .Cost(10)
            .ResolveBatch(_resolvers.RelatedObject(relation)));
    }

    /// <summary>Marks a field <c>@deprecated</c> when the catalog gives a reason; it keeps working.</summary>
    private static FieldBuilder Deprecate(FieldBuilder field, string? reason) => reason is null ? field : field.Deprecated(reason);

    /// <summary>"SdgIndicator" → "sdg indicator", for descriptions.</summary>
    private static string Words(string typeName) =>
        string.Concat(typeName.Select((c, i) => i > 0 && char.IsUpper(c) ? $" {char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));
}
