namespace OpenIntegrationData.GraphQL.Language;

/// <summary>
/// Unwinds the recursive-descent parser from the point of a syntax error to
/// <see cref="Parser"/>'s entry points, which turn it into a failed <see cref="ParseResult{T}"/>.
/// It never leaves this assembly's parser: callers only ever see the error value.
/// </summary>
internal sealed class SyntaxErrorException : Exception
{
    public SyntaxErrorException(string message, int line, int column)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line of the offending character.</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending character.</summary>
    public int Column { get; }
}
