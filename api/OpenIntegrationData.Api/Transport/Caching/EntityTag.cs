using Microsoft.Extensions.Primitives;

namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>
/// The <c>If-None-Match</c> comparison (RFC 9110 §13.1.2), the one every endpoint answers 304 by: GraphQL answers, maps,
/// the schema download and the IDE's files.
/// </summary>
internal static class EntityTag
{
    /// <summary>
    /// Whether <paramref name="ifNoneMatch"/> (<c>*</c>, or a comma-separated list of tags, in one header or several) names
    /// <paramref name="tag"/> (a quoted tag as sent in <c>ETag</c>, weak or not). The comparison is weak, as RFC 9110 asks for
    /// <c>If-None-Match</c>: <c>W/"x"</c> and <c>"x"</c> match each other. <c>*</c> matches any current representation.
    /// </summary>
    public static bool Matches(StringValues ifNoneMatch, string tag)
    {
        var opaque = Opaque(tag.AsSpan());
        foreach (var header in ifNoneMatch)
        {
            // The list is walked in place: If-None-Match arrives with most revalidations, which should allocate nothing.
            var rest = header.AsSpan();
            while (!(rest = rest.TrimStart(" \t,")).IsEmpty)
            {
                if (rest[0] == '*')
                {
                    return true;
                }

                // A tag is W/ (optional), then a quoted string that may itself hold commas; anything malformed ends the list.
                var start = rest.StartsWith("W/", StringComparison.Ordinal) ? 2 : 0;
                if (rest.Length <= start || rest[start] != '"')
                {
                    return false;
                }

                var close = rest[(start + 1)..].IndexOf('"');
                if (close < 0)
                {
                    return false;
                }

                var end = start + close + 2;
                if (rest[start..end].SequenceEqual(opaque))
                {
                    return true;
                }

                rest = rest[end..];
            }
        }

        return false;
    }

    /// <summary>The quoted part of a tag, without <c>W/</c>.</summary>
    private static ReadOnlySpan<char> Opaque(ReadOnlySpan<char> tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
}
