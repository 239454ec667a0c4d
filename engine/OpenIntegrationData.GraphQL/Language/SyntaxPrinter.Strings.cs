using System.Buffers;
using System.Globalization;
using System.Text;

namespace OpenIntegrationData.GraphQL.Language;

public static partial class SyntaxPrinter
{
    /// <summary>Characters <see cref="PrintString"/> escapes: <c>"</c>, <c>\</c>, C0 and C1 controls, DEL.</summary>
    private static readonly SearchValues<char> EscapedCharacters = SearchValues.Create(EscapedCharacterList());

    /// <summary>
    /// A quoted string literal: <c>"</c>, <c>\</c>, C0 and C1 control characters and DEL are
    /// escaped (short forms where the spec has them, <c>\u00XX</c> otherwise); everything else,
    /// including non-ASCII text, is written as is (graphql-js <c>printString</c>).
    /// </summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        WriteString(builder, value);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="value"/> as <see cref="PrintString"/> prints it: the one string escaper.</summary>
    internal static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        var rest = value.AsSpan();
        int escape;
        while ((escape = rest.IndexOfAny(EscapedCharacters)) >= 0)
        {
            builder.Append(rest[..escape]);
            AppendEscaped(builder, rest[escape]);
            rest = rest[(escape + 1)..];
        }

        builder.Append(rest).Append('"');
    }

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        var shortForm = c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\b' => "\\b",
            '\t' => "\\t",
            '\n' => "\\n",
            '\f' => "\\f",
            '\r' => "\\r",
            _ => null,
        };

        if (shortForm is not null)
        {
            builder.Append(shortForm);
            return;
        }

        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
    }

    private static string EscapedCharacterList()
    {
        var characters = new StringBuilder("\"\\");
        for (var c = '\u0000'; c <= '\u001F'; c++)
        {
            characters.Append(c);
        }

        for (var c = '\u007F'; c <= '\u009F'; c++)
        {
            characters.Append(c);
        }

        return characters.ToString();
    }

    /// <summary>
    /// A block string literal (graphql-js <c>printBlockString</c>): <c>"""</c> inside is escaped,
    /// and the text goes on its own lines unless it is one short line, so that reading it back
    /// with BlockStringValue() gives the same value.
    /// </summary>
    public static string PrintBlockString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1
            && lines.Skip(1).All(static line => line.Length == 0 || IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine
            || value.Length > 70
            || forceTrailingNewLine
            || forceLeadingNewLine
            || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var builder = new StringBuilder(escaped.Length + 8);
        builder.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
