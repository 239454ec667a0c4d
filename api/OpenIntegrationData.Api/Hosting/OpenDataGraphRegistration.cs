using Npgsql;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>The served schema: the open-data graph answered from the API's database.</summary>
public static class OpenDataGraphRegistration
{
    public static IHostApplicationBuilder AddOpenDataGraph(this IHostApplicationBuilder builder)
    {
        // Created on the first GraphQL request, when the database has started (the data source exists only then).
        // Database:StatementTimeout caps every statement (each also ends with its request's deadline).
        var statementTimeout = builder.Configuration.GetValue("Database:StatementTimeout", GraphOptions.Default.StatementTimeout);
        builder.Services.AddSingleton<Schema>(services =>
            OpenDataGraph.CreateSchema(services.GetRequiredService<NpgsqlDataSource>(), GraphOptions.Default with { StatementTimeout = statementTimeout }));
        // The executor enforces the graph's cost limits, not the engine's default of 1,000.
        builder.Services.AddSingleton(GraphOptions.Default.Cost);
        return builder;
    }
}
