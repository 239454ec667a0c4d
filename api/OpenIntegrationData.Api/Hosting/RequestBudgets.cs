using Microsoft.Extensions.Options;
using OpenIntegrationData.Data.Budget;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>What the GraphQL endpoint starts for each request: its database budget and the admission it passes.</summary>
internal sealed class RequestBudgets(DatabaseLanes lanes, CostAdmission admission, IOptions<DatabaseBudgetOptions> options)
{
    public CostAdmission Admission { get; } = admission;

    public DatabaseLanes Lanes => lanes;

    /// <summary>Starts the request's budget on this flow; it ends with <paramref name="deadline"/> from now.</summary>
    public RequestDatabaseBudget Begin(TimeSpan deadline) =>
        RequestDatabaseBudget.Begin(lanes, Math.Max(1, options.Value.MaxConnectionsPerRequest), deadline);
}
