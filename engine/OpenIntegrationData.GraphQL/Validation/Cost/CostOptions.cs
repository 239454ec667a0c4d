namespace OpenIntegrationData.GraphQL.Validation.Cost;

/// <summary>
/// Limits and defaults of cost analysis, as HotChocolate 15 sets them (docs/conventions.md#cost-limits).
/// </summary>
public sealed class CostOptions
{
    /// <summary>The defaults: 1000 / 1000, enforced, resolver fields cost 10.</summary>
    public static CostOptions Default { get; } = new();

    /// <summary>The highest field cost an operation may have.</summary>
    public double MaxFieldCost { get; init; } = 1000;

    /// <summary>The highest type cost an operation may have.</summary>
    public double MaxTypeCost { get; init; } = 1000;

    /// <summary>Whether exceeding a limit is an error (HC0047); when false the costs are only measured.</summary>
    public bool EnforceCostLimits { get; init; } = true;

    /// <summary>
    /// Whether fields without <c>@cost</c> whose resolver is asynchronous or batched cost
    /// <see cref="DefaultResolverCost"/> (HotChocolate <c>ApplyCostDefaults</c>).
    /// </summary>
    public bool ApplyCostDefaults { get; init; } = true;

    /// <summary>The weight of a resolver field without <c>@cost</c>.</summary>
    public double DefaultResolverCost { get; init; } = 10;

    /// <summary>
    /// What each item of a list given as an argument or input field adds (e.g. <c>in: [2019, 2020]</c>
    /// adds 2 × this): the database's work grows with the list. HotChocolate prices lists by their
    /// type only, so the default is 0.
    /// </summary>
    public double ListInputItemCost { get; init; }
}
