using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>The API's own services: options, the database (configured or a private cluster) and its health check.</summary>
public static class OpenIntegrationDataRegistration
{
    public static IHostApplicationBuilder AddOpenIntegrationData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDatabaseOptions();

        // Registered before any other hosted service, so the database is ready before the server listens.
        builder.Services.AddSingleton<DatabaseLifetime>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DatabaseLifetime>());

        // One data source for the whole process; the graph layer takes it from here.
        builder.Services.AddSingleton(services => services.GetRequiredService<DatabaseLifetime>().DataSource);

        // The data version answers are kept under, read from the database and raised by every import.
        builder.Services.TryAddSingleton<Transport.Caching.ServedDataVersion>(); // unknown until first read
        builder.Services.AddHostedService<DataVersionMonitor>();

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }
}
