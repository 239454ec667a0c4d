namespace OpenIntegrationData.Data.Scalars;

/// <summary>
/// Writes a scalar description the way HotChocolate.Types.NodaTime 14/15 generates it
/// (docs/conventions.md#scalars): the base sentence, then the allowed patterns, then examples.
/// </summary>
internal static class NodaTimeScalarDescription
{
    public static string Create(string sentence, IReadOnlyList<string> patterns, IReadOnlyList<string> examples) =>
        $"{sentence}\n\nAllowed patterns:\n{Lines(patterns)}\n\nExamples:\n{Lines(examples)}";

    private static string Lines(IReadOnlyList<string> items) => string.Join('\n', items.Select(static item => $"- `{item}`"));
}
