namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>
/// How long shared caches (a CDN, the browser) may keep a successful GET answer. Section <c>GraphQL:HttpCache</c>.
/// </summary>
public sealed class HttpCacheOptions
{
    public const string Section = "GraphQL:HttpCache";

    /// <summary>The <c>max-age</c> of <c>Cache-Control: public</c> in seconds; 0 sends <c>no-cache</c> (revalidate with the ETag every time).</summary>
    public int MaxAgeSeconds { get; set; } = 60;
}
