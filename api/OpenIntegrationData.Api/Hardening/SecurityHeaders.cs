namespace OpenIntegrationData.Api.Hardening;

/// <summary>
/// Security headers on every answer: <c>nosniff</c> and a <c>Referrer-Policy</c> everywhere; on HTML pages a
/// Content-Security-Policy — the IDE's allows what Banana Cake Pop needs (its own scripts, inline styles,
/// workers from blobs, requests to this origin) and no framing, the widget embed page may be framed by any
/// site (that is its purpose), other pages only by this origin. No <c>Server</c> header (Kestrel option).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The IDE under the GraphQL route.</summary>
    public const string IdePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>The widget embed page: framed by other cities' sites, so any ancestor.</summary>
    public const string EmbedPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
        + "frame-ancestors *; base-uri 'none'; form-action 'none'; object-src 'none'";

    /// <summary>Any other HTML page (the widget demo).</summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
        + "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static IHostApplicationBuilder AddSecurityHeaders(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use(static (context, next) =>
        {
            // The callback takes the context as its state: no closure to allocate per request.
            context.Response.OnStarting(static state =>
            {
                var context = (HttpContext)state;
                var response = context.Response;
                var headers = response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    var path = context.Request.Path;
                    var policy = path.StartsWithSegments("/widgets/embed", StringComparison.OrdinalIgnoreCase) ? EmbedPolicy
                        : path.StartsWithSegments("/widgets", StringComparison.OrdinalIgnoreCase) ? PagePolicy
                        : IdePolicy;
                    headers.ContentSecurityPolicy = policy;
                    if (!ReferenceEquals(policy, EmbedPolicy))
                    {
                        headers.XFrameOptions = ReferenceEquals(policy, IdePolicy) ? "DENY" : "SAMEORIGIN";
                    }
                }

                return Task.CompletedTask;
            }, context);
            return next(context);
        });
        return app;
    }
}
