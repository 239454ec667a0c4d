namespace OpenIntegrationData.GraphQL.Utilities;

/// <summary>Formats the " Did you mean …?" tail of an error message (graphql-js <c>didYouMean</c>).</summary>
public static class DidYouMean
{
    /// <summary>At most this many suggestions are listed.</summary>
    public const int MaxSuggestions = 5;

    /// <summary>
    /// <c> Did you mean "a", "b", or "c"?</c> with a leading space, or an empty string without
    /// suggestions. <paramref name="subject"/> is inserted after "mean", e.g. "the enum value".
    /// </summary>
    public static string Format(IReadOnlyList<string> suggestions, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var prefix = subject is null ? " Did you mean " : $" Did you mean {subject} ";
        var quoted = suggestions.Take(MaxSuggestions).Select(static s => $"\"{s}\"").ToArray();
        return quoted.Length switch
        {
            1 => $"{prefix}{quoted[0]}?",
            2 => $"{prefix}{quoted[0]} or {quoted[1]}?",
            _ => $"{prefix}{string.Join(", ", quoted[..^1])}, or {quoted[^1]}?",
        };
    }
}
