using OpenIntegrationData.Api.Compression;
using OpenIntegrationData.Api.Geo;
using OpenIntegrationData.Api.Hardening;
using OpenIntegrationData.Api.Hosting;
using OpenIntegrationData.Api.Ide;
using OpenIntegrationData.Api.Observability;
using OpenIntegrationData.Api.Transport;
using OpenIntegrationData.Api.Widgets;

// Two commands run and exit instead of serving:
// `import <folder>` loads a city's CSV folder; `healthcheck [url]` probes a running API (the container's HEALTHCHECK).
if (ImportCommand.IsInvoked(args))
{
    using var cancellation = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
    return await ImportCommand.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
}

if (HealthCheckCommand.IsInvoked(args))
{
    return await HealthCheckCommand.RunAsync(args, Console.Error);
}

// appsettings.json is read from the program's folder when the server is started from a folder without one.
var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));

builder.AddServiceDefaults();           // health checks
builder.AddOpenIntegrationData();       // options; the database (configured, or a private local cluster), migrated and seeded

builder.AddOpenDataGraph();             // the served schema: the open-data graph over that database
builder.AddDatabaseBudget();            // per-request connection budget, admission by cost
builder.AddObservability();             // /metrics (OpenTelemetry, Prometheus format), failure log, database error codes
builder.AddGraphQLTransport();          // GraphQL over HTTP (Transport/): options, the executor over the registered schema
builder.AddBananaCakePop();             // the IDE on the GraphQL route (Ide/)
builder.AddWidgets();                   // the embeddable widgets (Widgets/)
builder.AddOpenDataCors();              // any origin may read: GET, POST, OPTIONS, no credentials
builder.AddClientRateLimiting();        // a token bucket per client IP: 429 with Retry-After (Hardening/)
builder.AddSecurityHeaders();           // no Server header; nosniff, Referrer-Policy, CSP and frame rules on pages
builder.AddOpenDataCompression();       // Brotli/gzip for what the server writes (Compression/)

var app = builder.Build();

app.UseSecurityHeaders();               // first, so every answer carries them, refusals included
app.UseClientRateLimiting();

app.UseOpenDataCors();                  // preflights and Access-Control-Allow-Origin, after routing
app.UseOpenDataCompression();           // compressed answers, Vary: Accept-Encoding; static files come precompressed

app.MapDefaultEndpoints();              // /health (database answers) and /alive
app.MapMetrics();                       // /metrics

app.MapGraphQL().RequireDatabase();     // /graphql, /graphql/ and sub-paths: POST, GET, ?sdl (503 while the database is awaited)
app.MapBananaCakePop();                 // browsers on /graphql: 301 to /graphql/, the IDE, bcp-config.json (ahead of the transport)
app.MapWidgets();                       // /widgets/oid-widgets.js, /widgets/embed, /widgets/demo.html
app.MapGeoJson();                       // /geo/{municipality}/{level}.geojson: a level's areas for maps (Geo/)

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
