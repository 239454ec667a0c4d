using OpenIntegrationData.Data.Graph.Catalog;

namespace OpenIntegrationData.Data.Graph.Schema;

/// <summary>Sort inputs (docs/conventions.md#sorting): scalar fields and to-one relations; lists cannot be sorted by.</summary>
internal sealed partial class GraphSchemaFactory
{
    private void AddSortInput(EntityDefinition entity)
    {
        _builder.AddInputObjectType(entity.SortInputName, t =>
        {
            t.Description($"Sorts {Words(entity.ConnectionField)}: give one field per entry with ASC or DESC, e.g. `order: [{{ {FirstSortable(entity)}: DESC }}]`.");
            t.Field("id", GraphTypeNames.SortEnum, f => f.Description("Sorts by the ID (the order items were loaded in).").Cost(10));
            foreach (var column in entity.Columns.Where(static c => c.Sortable))
            {
                var type = column.Kind == ValueKind.LocalizedText ? GraphTypeNames.LocalizedTextSort : GraphTypeNames.SortEnum;
                t.Field(column.Name, type, f => f.Description(column.Description).Cost(10));
            }

            foreach (var relation in entity.Relations.Where(static r => !r.IsMany && r.Sortable))
            {
                var target = OpenDataCatalog.Get(relation.Target);
                t.Field(relation.Name, target.SortInputName, f => f.Description($"Sorts by a field of {relation.Description.TrimEnd('.').ToLowerInvariant()[..1]}{relation.Description.TrimEnd('.')[1..]}.").Cost(10));
            }
        });
    }

    private static string FirstSortable(EntityDefinition entity) =>
        entity.Columns.FirstOrDefault(static c => c.Sortable && c.Kind != ValueKind.LocalizedText)?.Name ?? "id";
}
