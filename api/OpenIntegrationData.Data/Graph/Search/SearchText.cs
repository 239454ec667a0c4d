using System.Text;

namespace OpenIntegrationData.Data.Graph.Search;

/// <summary>
/// Text folded for comparison, the same in C# (the reader's words) and in SQL (the stored texts): lower case by
/// Unicode's rules, accents and umlauts dropped (ö → o, ß → ss), so "koln", "Köln" and "KÖLN" compare alike.
/// </summary>
internal static class SearchText
{
    /// <summary>Lower-case letters with marks, for SQL's <c>translate</c>; <see cref="Plain"/> holds their base letters.</summary>
    public const string Marked = "àáâãäåāăąçćčďèéêëēęěğìíîïıłñńňòóôõöøőřśşšťùúûüůűýÿźżž";

    /// <summary>The base letter of each of <see cref="Marked"/>, place by place.</summary>
    public const string Plain = "aaaaaaaaacccdeeeeeeegiiiiilnnnooooooorssstuuuuuuyyzzz";

    /// <summary>The reader's words folded, spaces collapsed.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // By table, not by Unicode decomposition: the API runs with invariant globalization, and SQL folds by the same table.
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var marked = Marked.IndexOf(c, StringComparison.Ordinal);
            folded.Append(c == 'ß' ? "ss" : marked >= 0 ? Plain[marked].ToString() : char.IsWhiteSpace(c) ? " " : c.ToString());
        }

        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Only the letters and digits of folded text ("welcome point" → "welcomepoint").</summary>
    public static string Compact(string folded) => string.Concat(folded.Where(char.IsLetterOrDigit));
}
