using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.Data.Graph.Schema;

/// <summary>
/// Grouped totals: <c>populationTotals(where:, groupBy:)</c> beside <c>populationObservations(where:)</c>,
/// returning one <c>…Total</c> per group with its <c>key</c> and count/sum/min/max/average.
/// </summary>
internal sealed partial class GraphSchemaFactory
{
    private void AddTotals()
    {
        foreach (var entity in OpenDataCatalog.Entities.Where(static e => e.Totals is not null))
        {
            AddTotals(entity, entity.Totals!);
        }
    }

    private void AddTotals(EntityDefinition entity, TotalsDefinition totals)
    {
        var dimensionEnum = $"{totals.TypePrefix}Dimension";
        var keyType = $"{totals.TypePrefix}Key";
        var measure = entity.FindColumn(totals.Measure)!;
        var measureType = GraphTypeNames.ScalarName(measure.Kind, null);

        _builder.AddEnumType(dimensionEnum, t =>
        {
            t.Description($"A dimension `{totals.FieldName}` can group by.");
            foreach (var dimension in totals.Dimensions)
            {
                t.Value(DimensionValueName(dimension), dimension, v => v.Description(DimensionDescription(entity, dimension)));
            }
        });

        _builder.AddObjectType(keyType, t =>
        {
            t.Description("The values of the dimensions a group stands for; dimensions not grouped by are null.");
            foreach (var dimension in totals.Dimensions)
            {
                AddKeyField(t, entity, dimension);
            }
        });

        _builder.AddObjectType(totals.TypePrefix, t => t
            .Description($"The totals of one group of {Words(entity.ConnectionField)}.")
            .Field("key", $"{keyType}!", f => f.Description("The dimension values of this group."))
            .Field("count", "Int!", f => f.Description("How many figures are in the group."))
            .Field("sum", GraphTypeNames.ScalarName(totals.SumKind, null), f => f.Description($"Sum of `{measure.Name}` over the group."))
            .Field("min", measureType, f => f.Description($"Smallest `{measure.Name}` in the group."))
            .Field("max", measureType, f => f.Description($"Largest `{measure.Name}` in the group."))
            .Field("average", "Decimal", f => f.Description($"Mean of `{measure.Name}` over the group, rounded to four decimal places.")));

        _builder.ExtendObjectType("Query", t => t.Field(totals.FieldName, $"[{totals.TypePrefix}!]!", f => f
            .Description(totals.Description)
            .Argument("where", entity.FilterInputName, a => a.Description(GraphDescriptions.Where).Cost(10))
            .Argument("groupBy", $"[{dimensionEnum}!]!", a => a.Description($"The dimensions to group by, e.g. `{GroupByExample(entity, totals)}`; an empty list gives one total over everything that matches."))
            .ListSize(assumedSize: 100)
            .Cost(10)
            .ResolveAsync(context => _resolvers.Totals.LoadAsync(entity, context))));
    }

    private void AddKeyField(ObjectTypeBuilder type, EntityDefinition entity, string dimension)
    {
        if (entity.FindColumn(dimension) is { } column)
        {
            type.Field(column.Name, GraphTypeNames.ScalarName(column.Kind, column.EnumName), f => f.Description(column.Description));
            return;
        }

        var relation = entity.FindRelation(dimension)!;
        type.Field(relation.Name, relation.Target, f => f
            .Description(relation.Description)
            .Cost(10)
            .ResolveBatch(_resolvers.RelatedObject(relation)));
    }

    private static string DimensionValueName(string fieldName) =>
        string.Concat(fieldName.Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : char.ToUpperInvariant(c).ToString()));

    /// <summary>The first dimension and the first relation one, e.g. <c>[YEAR, MUNICIPALITY]</c>: values the enum really has.</summary>
    private static string GroupByExample(EntityDefinition entity, TotalsDefinition totals) =>
        $"[{DimensionValueName(totals.Dimensions[0])}, {DimensionValueName(totals.Dimensions.First(d => entity.FindRelation(d) is not null))}]";

    private static string DimensionDescription(EntityDefinition entity, string dimension) =>
        entity.FindColumn(dimension)?.Description ?? entity.FindRelation(dimension)!.Description;
}
