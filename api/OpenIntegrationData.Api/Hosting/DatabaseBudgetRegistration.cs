using Microsoft.Extensions.Options;
using Npgsql;
using OpenIntegrationData.Data.Budget;
using OpenIntegrationData.Data.Failures;
using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>
/// The database budget of every GraphQL request (section <c>Database:Budget</c>): lanes over the pool,
/// admission by cost, and the codes clients see when the database side fails.
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

        // The executor asks this for every resolver exception: database failures get their own code.
        services.AddSingleton<Func<Exception, GraphQLError?>>(DatabaseErrors.FromException);
        return builder;
    }
}
