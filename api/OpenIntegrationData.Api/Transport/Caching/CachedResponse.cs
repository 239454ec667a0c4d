namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>A successful GET answer as it was written, under its entity tag.</summary>
internal sealed record CachedResponse(string Tag, byte[] Body, string ContentType, string? ContentDisposition)
{
    // The record, its strings' headers and the cache's bookkeeping for it, beside the body and the strings' characters.
    private const long Overhead = 256;

    public long Bytes => Body.Length + ((long)Tag.Length + ContentType.Length + (ContentDisposition?.Length ?? 0)) * sizeof(char) + Overhead;
}
