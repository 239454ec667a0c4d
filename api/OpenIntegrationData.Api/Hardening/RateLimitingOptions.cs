namespace OpenIntegrationData.Api.Hardening;

/// <summary>
/// Per-client rate limit (section <c>RateLimiting</c>): a token bucket per client IP address; a request
/// takes a token, and one without a token is answered 429 with <c>Retry-After</c>. <c>/health</c>,
/// <c>/alive</c> and <c>/metrics</c> are never limited.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Whether requests are limited at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Tokens a client gains per second: its sustained request rate.</summary>
    public int TokensPerSecond { get; set; } = 50;

    /// <summary>The most tokens a client can save up: its burst.</summary>
    public int Burst { get; set; } = 200;
}
