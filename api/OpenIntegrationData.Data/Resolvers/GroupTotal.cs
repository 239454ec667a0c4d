namespace OpenIntegrationData.Data.Resolvers;

/// <summary>The value of one group of a totals field; the executor reads its properties by field name.</summary>
/// <param name="Key">The group's dimension values, as a row of the observed entity (relations resolve as usual).</param>
/// <param name="Count">How many figures are in the group.</param>
/// <param name="Sum">Their sum.</param>
/// <param name="Min">The smallest figure.</param>
/// <param name="Max">The largest figure.</param>
/// <param name="Average">The mean, rounded to four decimal places.</param>
public sealed record GroupTotal(EntityRow Key, int Count, object? Sum, object? Min, object? Max, decimal? Average);
