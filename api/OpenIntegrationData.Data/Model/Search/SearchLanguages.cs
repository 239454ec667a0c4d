namespace OpenIntegrationData.Data.Model.Search;

/// <summary>
/// The languages a <see cref="SearchEntry"/> is stored in and the text-search configuration that stems each. Written
/// once: the column's check constraint, the index refresh and the search's scoring all read this list.
/// </summary>
internal static class SearchLanguages
{
    /// <summary>Each stored language (null: names, keys and codes) with its text-search configuration.</summary>
    public static IReadOnlyList<(string? Language, string Configuration)> All { get; } =
        [("de", "german"), ("en", "english"), (null, "simple")];

    /// <summary>The language codes a localised text may carry.</summary>
    public static string[] Codes { get; } = [.. All.Where(l => l.Language is not null).Select(l => l.Language!)];
}
