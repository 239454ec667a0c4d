namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>
/// The whole graph in one declarative list: every entity with its table, columns, relations and
/// lookups, and every enum. The schema, the filters, the sorts and the SQL are generated from it.
/// Descriptions are written for a data journalist, with German terms in parentheses.
/// </summary>
public static partial class OpenDataCatalog
{
    /// <summary>All entities, in the order their connections appear on <c>Query</c>.</summary>
    public static IReadOnlyList<EntityDefinition> Entities => AllEntities.Value;

    private static readonly Lazy<IReadOnlyList<EntityDefinition>> AllEntities = new(static () =>
    [
        Municipality(), District(), SubDistrict(), Nationality(), NationalityGroup(), PopulationObservation(),
        Programme(), Network(), Membership(), SdgGoal(), SdgTarget(), SdgIndicator(), IndicatorObservation(), Source(),
        Level(), Area(), Measure(),
    ]);

    /// <summary>The entity with this GraphQL type name, or null.</summary>
    public static EntityDefinition? Find(string typeName) => Entities.FirstOrDefault(e => e.Name == typeName);

    /// <summary>The entity with this GraphQL type name.</summary>
    public static EntityDefinition Get(string typeName) =>
        Find(typeName) ?? throw new InvalidOperationException($"The catalog has no entity {typeName}.");
}
