using Microsoft.Extensions.Primitives;

namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>The <c>If-None-Match</c> comparison (RFC 9110 §13.1.2) against a tag of <see cref="ResponseTags"/>.</summary>
internal static class EntityTag
{
    /// <summary>
    /// Whether <paramref name="ifNoneMatch"/> (a list of tags, or <c>*</c>) names <paramref name="tag"/>.
    /// The comparison is weak, as RFC 9110 requires for <c>If-None-Match</c>: <c>W/"x"</c> matches <c>"x"</c>.
    /// </summary>
    public static bool Matches(StringValues ifNoneMatch, string tag)
    {
        foreach (var header in ifNoneMatch)
        {
            if (header is null)
            {
                continue;
            }

            // The list is walked in place: If-None-Match arrives with most revalidations, which should allocate nothing.
            var rest = header.AsSpan();
            while (!rest.IsEmpty)
            {
                var comma = rest.IndexOf(',');
                var candidate = (comma < 0 ? rest : rest[..comma]).Trim();
                rest = comma < 0 ? [] : rest[(comma + 1)..];
                var opaque = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
                if (opaque is "*" || opaque.SequenceEqual(tag))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
