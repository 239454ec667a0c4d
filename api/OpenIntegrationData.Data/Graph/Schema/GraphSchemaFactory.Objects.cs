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

            foreach (var relation in entity.Relations)
            {
                AddRelationField(t, relation);
            }
        });
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
