using Microsoft.AspNetCore.ResponseCompression;

namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>
/// Kept answers are compressed once, not on every repeat: browsers send <c>Accept-Encoding</c>, and compressing a cached
/// answer again for each of them cost more CPU than finding it. The coding is the one the compression middleware would
/// choose for the request (Compression/), made on first use and kept with the answer (<see cref="ResponseCache.KeepCompressed"/>).
/// The answer then carries <c>Content-Encoding</c>, so the middleware leaves it alone, and gets the same <c>Vary</c> and weak
/// ETag as an answer the middleware compressed (CompressionRegistration). A client that accepts no coding gets the body as kept.
/// </summary>
internal sealed class CachedCompression(ResponseCache cache, IResponseCompressionProvider? compression = null)
{
    /// <summary>
    /// The body to send for <paramref name="kept"/> and its coding (null: as kept). Call once the response's Content-Type is
    /// set: the middleware's choice depends on it.
    /// </summary>
    public (byte[] Body, string? Coding) Choose(HttpContext context, CachedResponse kept)
    {
        if (compression is null
            || !compression.CheckRequestAcceptsCompression(context)
            || !compression.ShouldCompressResponse(context)
            || compression.GetCompressionProvider(context) is not { } provider)
        {
            return (kept.Body, null);
        }

        var coding = provider.EncodingName;
        if (kept.CompressedIn(coding) is { } made)
        {
            return (made, coding);
        }

        var compressed = Compress(provider, kept.Body);
        cache.KeepCompressed(kept, coding, compressed);
        return (compressed, coding);
    }

    private static byte[] Compress(ICompressionProvider provider, byte[] body)
    {
        var output = new MemoryStream(body.Length / 2);
        using (var compressor = provider.CreateStream(output))
        {
            compressor.Write(body);
        }

        return output.ToArray();
    }
}
