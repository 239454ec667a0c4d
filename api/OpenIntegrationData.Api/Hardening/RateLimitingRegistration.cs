using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace OpenIntegrationData.Api.Hardening;

/// <summary>ASP.NET Core's rate limiter, one token bucket per client IP address (<see cref="RateLimitingOptions"/>).</summary>
public static class RateLimitingRegistration
{
    private static readonly string[] Unlimited = ["/health", "/alive", "/metrics"];

    public static IHostApplicationBuilder AddClientRateLimiting(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        if (!options.Enabled)
        {
            return builder;
        }

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                Unlimited.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetTokenBucketLimiter(
                        // Keyed by address; requests without one (in-process test hosts) share one bucket.
                        context.Connection.RemoteIpAddress?.ToString() ?? "no address",
                        _ => new TokenBucketRateLimiterOptions
                        {
                            TokenLimit = Math.Max(1, options.Burst),
                            TokensPerPeriod = Math.Max(1, options.TokensPerSecond),
                            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                            QueueLimit = 0,
                            AutoReplenishment = true,
                        }));
            limiter.OnRejected = RejectAsync;
        });
        return builder;
    }

    public static WebApplication UseClientRateLimiting(this WebApplication app)
    {
        if (app.Services.GetService<IConfigureOptions<RateLimiterOptions>>() is not null)
        {
            app.UseRateLimiter();
        }

        return app;
    }

    /// <summary>429 with <c>Retry-After</c> and a GraphQL error body (<c>RATE_LIMITED</c>), so GraphQL clients can read it.</summary>
    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        rejected.HttpContext.RequestServices.GetService<Observability.ApiMetrics>()?.RecordRefusal("RATE_LIMITED");
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/graphql-response+json; charset=utf-8";
        await response.WriteAsync(
            $$$"""{"errors":[{"message":"Too many requests from this client; try again in {{{seconds}}} seconds.","extensions":{"code":"RATE_LIMITED","retryAfter":{{{seconds}}}}}]}""",
            cancellationToken);
    }
}
