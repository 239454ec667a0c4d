using System.Diagnostics.Metrics;
using OpenIntegrationData.Data.Failures;
using OpenIntegrationData.GraphQL.Errors;
using OpenTelemetry.Metrics;

namespace OpenIntegrationData.Api.Observability;

/// <summary>
/// Metrics through OpenTelemetry on <c>/metrics</c> (Prometheus text format): the API's own meter, ASP.NET
/// Core's and Kestrel's, Npgsql's (connections in the pool, command durations) and the runtime's (memory,
/// garbage collections). Failed requests are
/// logged once each with their request id.
/// </summary>
public static class ObservabilityRegistration
{
    public const string MetricsPath = "/metrics";

    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ApiMetrics>();
        builder.Services.AddSingleton<RequestFailureLog>();
        builder.Services.AddSingleton<RequestObserver>();

        // Every resolver exception is kept for the request's log entry; database failures get their own code.
        builder.Services.AddSingleton<Func<Exception, GraphQLError?>>(exception =>
        {
            RequestFailures.Record(exception);
            return DatabaseErrors.FromException(exception);
        });

        builder.Services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics
                .AddMeter(ApiMetrics.MeterName, "Npgsql", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime")
                .AddPrometheusExporter();
            ((IDeferredMeterProviderBuilder)metrics).Configure(static (services, provider) =>
                provider.AddView(OnlyThisHost(services.GetRequiredService<IMeterFactory>())));
        });
        return builder;
    }

    /// <summary>
    /// Drops instruments of meters another host's <see cref="IMeterFactory"/> made. OpenTelemetry picks meters by name
    /// only, so with several hosts in one process (the tests run servers side by side) each exporter would also observe
    /// the others' instruments of the same names: counts added across servers, and an observed counter overwritten by the
    /// other server's value. Process-wide meters (the runtime's, Npgsql's) have no factory and stay.
    /// </summary>
    private static Func<Instrument, MetricStreamConfiguration?> OnlyThisHost(IMeterFactory meters) =>
        instrument => instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, meters) ? null : MetricStreamConfiguration.Drop;

    public static WebApplication MapMetrics(this WebApplication app)
    {
        // Created now, so the API's instruments are on /metrics before the first GraphQL request.
        app.Services.GetRequiredService<ApiMetrics>();
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }
}
