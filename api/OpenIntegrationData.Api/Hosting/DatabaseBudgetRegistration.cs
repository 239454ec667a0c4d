using Microsoft.Extensions.Options;
using Npgsql;
using OpenIntegrationData.Data.Budget;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>
/// The database budget of every GraphQL request (section <c>Database:Budget</c>): lanes over the pool,
/// and admission by cost.
/// </summary>
internal static class DatabaseBudgetRegistration
{
    public static IHostApplicationBuilder AddDatabaseBudget(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DatabaseBudgetOptions>().BindConfiguration(DatabaseBudgetOptions.Section);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DatabaseBudgetOptions>>().Value;
            var poolSize = Math.Max(2, new NpgsqlConnectionStringBuilder(provider.GetRequiredService<NpgsqlDataSource>().ConnectionString).MaxPoolSize);
            return new DatabaseLanes(poolSize, options.ReservedConnections ?? Math.Max(1, poolSize / 4));
        });
        services.AddSingleton(provider => new CostAdmission(
            provider.GetRequiredService<IOptions<DatabaseBudgetOptions>>().Value,
            provider.GetRequiredService<DatabaseLanes>()));
        services.AddSingleton<RequestBudgets>();
        return builder;
    }
}
