using Microsoft.Extensions.Options;
using Npgsql;
using OpenIntegrationData.Api.Transport.Caching;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>The served schema: the open-data graph answered from the API's database.</summary>
public static class OpenDataGraphRegistration
{
    public static IHostApplicationBuilder AddOpenDataGraph(this IHostApplicationBuilder builder)
    {
        // Counts and totals are kept by the data version this server serves (GraphQL:TotalsMemo); every change of it
        // drops them all, to give the memory back (kept answers carry their own version and are never found under another).
        builder.Services.AddOptions<TotalsMemoOptions>().BindConfiguration(TotalsMemoOptions.Section);
        builder.Services.AddSingleton(services =>
        {
            var served = services.GetRequiredService<ServedDataVersion>();
            var memo = new TotalsMemo(services.GetRequiredService<IOptions<TotalsMemoOptions>>().Value, () => served.Current);
            served.Changed += _ => memo.Clear();
            return memo;
        });

        // Created on the first GraphQL request, when the database has started (the data source exists only then).
        // Database:StatementTimeout caps every statement (each also ends with its request's deadline).
        var statementTimeout = builder.Configuration.GetValue("Database:StatementTimeout", GraphOptions.Default.StatementTimeout);
        builder.Services.AddSingleton<Schema>(services =>
            OpenDataGraph.CreateSchema(
                services.GetRequiredService<NpgsqlDataSource>(),
                GraphOptions.Default with { StatementTimeout = statementTimeout },
                observer: null,
                services.GetRequiredService<TotalsMemo>()));
        // The executor enforces the graph's cost limits, not the engine's default of 1,000.
        builder.Services.AddSingleton(GraphOptions.Default.Cost);
        return builder;
    }
}
