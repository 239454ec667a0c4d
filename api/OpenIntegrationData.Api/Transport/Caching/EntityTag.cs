namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>The <c>If-None-Match</c> comparison (RFC 9110 §13.1.2) against a tag of <see cref="ResponseTags"/>.</summary>
internal static class EntityTag
{
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
