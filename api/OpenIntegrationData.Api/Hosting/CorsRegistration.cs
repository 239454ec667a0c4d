namespace OpenIntegrationData.Api.Hosting;

/// <summary>
/// CORS for the read API and the widget bundle: any origin may read (GET, POST, OPTIONS), without credentials,
/// so other cities' pages can fetch from the API and load the widgets as an ES module (a CORS request).
/// </summary>
public static class CorsRegistration
{
    // Browsers cache a preflight at most this long (Chromium caps it at two hours).
    private static readonly TimeSpan PreflightMaxAge = TimeSpan.FromHours(2);

    public static IHostApplicationBuilder AddOpenDataCors(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Options)
            .AllowAnyHeader()
            .WithExposedHeaders("ETag")
            .SetPreflightMaxAge(PreflightMaxAge)));
        return builder;
    }

    /// <summary>Answers preflights and adds <c>Access-Control-Allow-Origin: *</c> after routing, for every endpoint.</summary>
    public static WebApplication UseOpenDataCors(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseCors();
        return app;
    }
}
