using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace OpenIntegrationData.Api.Compression;

/// <summary>
/// A static file as it is sent: the build's Brotli or gzip copy when the client accepts one and it exists,
/// else the file itself. Its ETag belongs to the copy sent, so each coding has its own validator.
/// </summary>
internal sealed record PrecompressedFile(IFileInfo File, string? Coding)
{
    /// <summary>
    /// The best copy of <paramref name="file"/> for this request; <paramref name="findCopy"/> looks up the copy
    /// whose path is the file's plus a suffix (<c>.br</c>, <c>.gz</c>).
    /// </summary>
    public static PrecompressedFile Choose(HttpRequest request, IFileInfo file, Func<string, IFileInfo?> findCopy)
    {
        foreach (var coding in ContentCoding.Acceptable(request))
        {
            if (findCopy(ContentCoding.SuffixOf(coding)) is { Exists: true } copy)
            {
                return new PrecompressedFile(copy, coding);
            }
        }

        return new PrecompressedFile(file, null);
    }

    public EntityTagHeaderValue ETag =>
        new($"\"{File.LastModified.ToUniversalTime().Ticks:x}-{File.Length:x}{(Coding is null ? "" : "-" + Coding)}\"");

    /// <summary>Content-Encoding when a copy is sent, and always <c>Vary: Accept-Encoding</c>: the answer depends on it either way.</summary>
    public void WriteHeaders(HttpResponse response)
    {
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        if (Coding is not null)
        {
            response.Headers.ContentEncoding = Coding;
        }
    }
}
