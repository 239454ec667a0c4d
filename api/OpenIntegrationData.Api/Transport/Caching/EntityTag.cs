using System.Security.Cryptography;

namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>
/// A strong entity tag (RFC 9110 §8.8.3): the SHA-256 of the exact response body, so equal bodies
/// share a tag on every server instance, and the <c>If-None-Match</c> comparison (RFC 9110 §13.1.2).
/// </summary>
internal static class EntityTag
{
    public static string Of(ReadOnlySpan<byte> body) =>
        "\"" + Convert.ToBase64String(SHA256.HashData(body)).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";

    /// <summary>
    /// Whether <paramref name="ifNoneMatch"/> (a list of tags, or <c>*</c>) names <paramref name="tag"/>.
    /// The comparison is weak, as RFC 9110 requires for <c>If-None-Match</c>: <c>W/"x"</c> matches <c>"x"</c>.
    /// </summary>
    public static bool Matches(IEnumerable<string?> ifNoneMatch, string tag)
    {
        foreach (var header in ifNoneMatch)
        {
            if (header is null)
            {
                continue;
            }

            foreach (var candidate in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var opaque = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
                if (opaque == "*" || string.Equals(opaque, tag, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
