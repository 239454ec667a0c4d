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

        var sortInput = $"{totals.TypePrefix}SortInput";
        _builder.AddInputObjectType(sortInput, t =>
        {
            t.Description($"Sorts the groups of `{totals.FieldName}` by their totals (`order: [{{ sum: DESC }}]` puts the largest sum first); groups that tie keep the order of their dimension values.");
            foreach (var (field, words) in TotalsSortFields)
            {
                t.Field(field, GraphTypeNames.SortEnum, f => f.Description($"Sorts by the {words}."));
            }
        });

        _builder.ExtendObjectType("Query", t => t.Field(totals.FieldName, $"[{totals.TypePrefix}!]!", f => f
            .Description(totals.Description)
            .Argument("where", entity.FilterInputName, a => a.Description(GraphDescriptions.Where).Cost(10))
            .Argument("groupBy", $"[{dimensionEnum}!]!", a => a.Description($"The dimensions to group by, e.g. `{GroupByExample(entity, totals)}`; an empty list gives one total over everything that matches."))
            .Argument("order", $"[{sortInput}!]", a => a.Description("Sort order of the groups: a list of totals with ASC or DESC, the first entry sorts first; without it, groups come in the order of their dimension values."))
            .Argument("first", "Int", a => a.Description("Returns only the first _n_ groups in the chosen order: with `order: [{ sum: DESC }]`, the groups with the largest sums."))
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

    /// <summary>The totals a group can be sorted by, with words for their descriptions.</summary>
    internal static readonly (string Field, string Words)[] TotalsSortFields =
    [
        ("count", "number of figures in the group"),
        ("sum", "sum of the group"),
        ("min", "smallest figure of the group"),
        ("max", "largest figure of the group"),
        ("average", "mean of the group"),
    ];

    private static string DimensionValueName(string fieldName) =>
        string.Concat(fieldName.Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : char.ToUpperInvariant(c).ToString()));

    /// <summary>The first dimension and the first relation one, e.g. <c>[YEAR, MUNICIPALITY]</c>: values the enum really has.</summary>
    private static string GroupByExample(EntityDefinition entity, TotalsDefinition totals) =>
        $"[{DimensionValueName(totals.Dimensions[0])}, {DimensionValueName(totals.Dimensions.First(d => entity.FindRelation(d) is not null))}]";

    private static string DimensionDescription(EntityDefinition entity, string dimension) =>
        entity.FindColumn(dimension)?.Description ?? entity.FindRelation(dimension)!.Description;
}
