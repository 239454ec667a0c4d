namespace OpenIntegrationData.GraphQL.Utilities;

/// <summary>
/// Picks the options that are close to a mistyped input, best first, for "Did you mean …?"
/// hints (graphql-js <c>suggestionList</c>). An option is close when its lexical distance is
/// at most 40% of the input length plus one.
/// </summary>
public static class SuggestionList
{
    /// <summary>The options similar to <paramref name="input"/>, ordered by distance, then naturally by name.</summary>
    public static IReadOnlyList<string> Create(string input, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);

        var distance = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (distances.ContainsKey(option))
            {
                continue;
            }

            if (distance.Measure(option, threshold) is { } measured)
            {
                distances[option] = measured;
            }
        }

        return distances
            .OrderBy(static pair => pair.Value)
            .ThenBy(static pair => pair.Key, NaturalComparer.Instance)
            .Select(static pair => pair.Key)
            .ToArray();
    }
}
