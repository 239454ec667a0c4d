using System.Text;

namespace OpenIntegrationData.GraphQL.Language;

/// <summary>
/// The value of a block string (spec 2.9.4, algorithm BlockStringValue()): <c>\"""</c> becomes
/// <c>"""</c>, the common indentation of all lines but the first is removed, and leading and
/// trailing blank lines are dropped, so descriptions can be indented with the code around them.
/// </summary>
internal static class BlockString
{
    private const string EscapedTripleQuote = "\\\"\"\"";

    /// <summary>BlockStringValue(rawValue) for the text between the triple quotes.</summary>
    public static string Value(ReadOnlySpan<char> raw)
    {
        var text = raw.Contains(EscapedTripleQuote, StringComparison.Ordinal)
            ? new string(raw).Replace(EscapedTripleQuote, "\"\"\"", StringComparison.Ordinal)
            : raw;
        return Dedent(text);
    }

    private static string Dedent(ReadOnlySpan<char> text)
    {
        var commonIndent = int.MaxValue;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        var lineIndex = 0;
        foreach (var line in new LineEnumerator(text))
        {
            var indent = LeadingWhiteSpace(line);
            if (indent < line.Length)
            {
                firstNonBlank = firstNonBlank < 0 ? lineIndex : firstNonBlank;
                lastNonBlank = lineIndex;
                if (lineIndex > 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }
            }

            lineIndex++;
        }

        if (firstNonBlank < 0)
        {
            return string.Empty;
        }

        var value = new StringBuilder(text.Length);
        lineIndex = 0;
        foreach (var line in new LineEnumerator(text))
        {
            if (lineIndex >= firstNonBlank && lineIndex <= lastNonBlank)
            {
                if (lineIndex > firstNonBlank)
                {
                    value.Append('\n');
                }

                value.Append(lineIndex == 0 ? line : line[Math.Min(commonIndent, line.Length)..]);
            }

            lineIndex++;
        }

        return value.ToString();
    }

    private static int LeadingWhiteSpace(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    /// <summary>Splits text at each LineTerminator: \n, \r\n or \r (spec 2.1.2).</summary>
    private ref struct LineEnumerator(ReadOnlySpan<char> text)
    {
        private ReadOnlySpan<char> _rest = text;
        private bool _done;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly LineEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_done)
            {
                return false;
            }

            var end = _rest.IndexOfAny('\n', '\r');
            if (end < 0)
            {
                Current = _rest;
                _done = true;
                return true;
            }

            Current = _rest[..end];
            var terminator = _rest[end] == '\r' && end + 1 < _rest.Length && _rest[end + 1] == '\n' ? 2 : 1;
            _rest = _rest[(end + terminator)..];
            return true;
        }
    }
}
