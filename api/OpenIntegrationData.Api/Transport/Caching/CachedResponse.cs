namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>A successful GET answer as it was written, under its entity tag (and the request that asked for it, if known).</summary>
internal sealed record CachedResponse(string Tag, byte[] Body, string ContentType, string? ContentDisposition)
{
    // The record, its strings' headers and the cache's bookkeeping for it, beside the body and the strings' characters.
    private const long Overhead = 256;

    /// <summary>The request whose answer this is, as sent: a repeat spelled the same way finds it without computing the tag.</summary>
    public RequestKey? Request { get; init; }

    public long Bytes =>
        Body.Length + ((long)Tag.Length + ContentType.Length + (ContentDisposition?.Length ?? 0)) * sizeof(char) + (Request?.Bytes ?? 0) + Overhead;
}
