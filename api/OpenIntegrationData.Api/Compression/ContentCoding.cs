using Microsoft.Net.Http.Headers;

namespace OpenIntegrationData.Api.Compression;

/// <summary>
/// The content codings this server writes, Brotli before gzip, and the choice among them from
/// <c>Accept-Encoding</c> (RFC 9110 §12.5.3): a coding is acceptable unless absent or given <c>q=0</c>.
/// </summary>
internal static class ContentCoding
{
    public const string Brotli = "br";

    public const string Gzip = "gzip";

    /// <summary>The file-name suffix of a precompressed copy in each coding (precompress.mjs writes them).</summary>
    public static string SuffixOf(string coding) => coding == Brotli ? ".br" : ".gz";

    /// <summary>The codings the client accepts, in our order of preference (best compression first).</summary>
    public static IEnumerable<string> Acceptable(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var accepted))
        {
            yield break;
        }

        foreach (var coding in (string[])[Brotli, Gzip])
        {
            var quality = QualityOf(accepted, coding);
            if (quality > 0)
            {
                yield return coding;
            }
        }
    }

    private static double QualityOf(IList<StringWithQualityHeaderValue> accepted, string coding)
    {
        double? wildcard = null;
        foreach (var entry in accepted)
        {
            if (entry.Value.Equals(coding, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Quality ?? 1;
            }

            if (entry.Value == "*")
            {
                wildcard = entry.Quality ?? 1;
            }
        }

        return wildcard ?? 0;
    }
}
