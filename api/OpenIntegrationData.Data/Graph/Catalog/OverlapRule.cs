namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>
/// A way the figures of one totals group can overlap, so that their sum would count people twice: an aggregate
/// SQL condition over the group's rows that is true when the group mixes figures that contain each other.
/// A group that trips any rule is refused with an error that names the dimension and how to fix the filter.
/// </summary>
/// <param name="Dimension">The dimension the figures overlap in, as the error names it (e.g. <c>AREA</c>).</param>
/// <param name="MixedSql">An aggregate condition over the group's rows, <c>{t}</c> standing for the table alias.</param>
/// <param name="Why">What overlaps, in plain words.</param>
/// <param name="Fix">How to change the filter or the grouping so the figures do not overlap.</param>
public sealed record OverlapRule(string Dimension, string MixedSql, string Why, string Fix);
