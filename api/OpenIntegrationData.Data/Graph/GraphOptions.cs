using OpenIntegrationData.GraphQL.Validation.Cost;

namespace OpenIntegrationData.Data.Graph;

/// <summary>
/// Limits of the open-data graph, HotChocolate's paging defaults (docs/conventions.md#paging-limits) included.
/// Immutable; set once at start.
/// </summary>
public sealed record GraphOptions
{
    /// <summary>Page size used when neither <c>first</c> nor <c>last</c> is given (HotChocolate: 10).</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>Largest accepted <c>first</c>/<c>last</c>; above it the field fails with HC0051 (HotChocolate: 50).</summary>
    public int MaxPageSize { get; init; } = 50;

    /// <summary>Largest number of IDs <c>nodes(ids:)</c> accepts (HotChocolate: 50, HC0076).</summary>
    public int MaxNodeBatchSize { get; init; } = 50;

    /// <summary>Largest number of groups a totals field returns (its <c>first</c> argument is capped here).</summary>
    public int MaxTotalsGroups { get; init; } = 500;

    /// <summary>How long one SQL statement may run before PostgreSQL cancels it.</summary>
    public TimeSpan StatementTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Cost limits for the executor that serves this graph. The weights in the schema are
    /// HotChocolate's; the limits are raised from its 1,000 to 10,000 because a journalist's
    /// question (50 items, two nested lists, a filter) costs a few thousand, while the SQL it causes
    /// stays at one statement per level (docs/conventions.md#cost-limits).
    /// </summary>
    /// <remarks>Each item of a list argument (<c>in: [...]</c>) adds 1: the database compares every row with every item.</remarks>
    public CostOptions Cost { get; init; } = new() { MaxFieldCost = 10_000, MaxTypeCost = 10_000, ListInputItemCost = 1 };

    /// <summary>The options HotChocolate uses by default.</summary>
    public static GraphOptions Default { get; } = new();

    /// <summary>The default page size, lowered to the maximum when the maximum is smaller (as HotChocolate does).</summary>
    public int EffectiveDefaultPageSize => Math.Min(DefaultPageSize, MaxPageSize);
}
