namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>
/// Grouped totals over an entity's rows: a root field that filters with the entity's
/// <c>where:</c> input, groups by the chosen dimensions (SQL GROUP BY) and returns count, sum,
/// min, max and average of one measure per group.
/// </summary>
/// <param name="FieldName">Root field, e.g. <c>populationTotals</c>.</param>
/// <param name="TypePrefix">Prefix of the generated types, e.g. <c>PopulationTotal</c>.</param>
/// <param name="Measure">The column that is summed, e.g. <c>persons</c>.</param>
/// <param name="SumKind">The value kind of the sum (Long for counts of people).</param>
/// <param name="Dimensions">Columns and to-one relations one can group by, in schema order.</param>
/// <param name="Description">Field description.</param>
public sealed record TotalsDefinition(
    string FieldName,
    string TypePrefix,
    string Measure,
    ValueKind SumKind,
    IReadOnlyList<string> Dimensions,
    string Description)
{
    /// <summary>The ways figures of one group can contain each other; a group that mixes them is refused.</summary>
    public IReadOnlyList<OverlapRule> Overlaps { get; init; } = [];
}
