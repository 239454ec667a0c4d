namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>
/// A successful GET answer as it was written, under its entity tag (and the request that asked for it, if known), with the
/// compressed copies made of it so far (<see cref="CachedCompression"/>).
/// </summary>
internal sealed record CachedResponse(string Tag, byte[] Body, string ContentType, string? ContentDisposition)
{
    // The record, its strings' headers and the cache's bookkeeping for it, beside the body and the strings' characters.
    private const long Overhead = 256;

    // Per compressed copy: the array's header and its slot in the list.
    private const long CopyOverhead = 48;

    // Replaced whole, under the cache's lock (ResponseCache.KeepCompressed); read without one.
    private Compressed[] _compressed = [];

    /// <summary>The request whose answer this is, as sent: a repeat spelled the same way finds it without computing the tag.</summary>
    public RequestKey? Request { get; init; }

    public long Bytes =>
        Body.Length + ((long)Tag.Length + ContentType.Length + (ContentDisposition?.Length ?? 0)) * sizeof(char) + (Request?.Bytes ?? 0) + Overhead
        + CompressedBytes(Volatile.Read(ref _compressed));

    /// <summary>The body in <paramref name="coding"/> (<c>br</c>, <c>gzip</c>), if a copy was made.</summary>
    public byte[]? CompressedIn(string coding)
    {
        foreach (var copy in Volatile.Read(ref _compressed))
        {
            if (copy.Coding == coding)
            {
                return copy.Body;
            }
        }

        return null;
    }

    /// <summary>Adds a copy in another coding; returns the bytes it adds to <see cref="Bytes"/>. Called under the cache's lock only.</summary>
    internal long AddCompressed(string coding, byte[] body)
    {
        var copy = new Compressed(coding, body);
        Volatile.Write(ref _compressed, [.. _compressed, copy]);
        return CompressedBytes([copy]);
    }

    private static long CompressedBytes(Compressed[] copies)
    {
        var bytes = 0L;
        foreach (var copy in copies)
        {
            bytes += copy.Body.Length + ((long)copy.Coding.Length * sizeof(char)) + CopyOverhead;
        }

        return bytes;
    }

    private sealed record Compressed(string Coding, byte[] Body);
}
