using System.Globalization;

namespace OpenIntegrationData.GraphQL.Language;

/// <summary>
/// The one place syntax error messages are written. The wording follows HotChocolate's
/// <c>Utf8GraphQLParser</c> (<c>Expected a `Name`-token, but found a `Dollar`-token.</c>) where it
/// has a message, and otherwise names what was expected and what was found. Characters are shown
/// with their code point (<c>U+0007</c>) so invisible ones are readable.
/// </summary>
internal static class SyntaxErrors
{
    public static SyntaxErrorException ExpectedToken(TokenKind expected, in Lexer lexer) =>
        At(lexer, $"Expected a `{expected}`-token, but found a `{lexer.Kind}`-token.");

    public static SyntaxErrorException ExpectedKeyword(string keyword, in Lexer lexer) =>
        At(lexer, $"Expected a `{keyword}`-token, but found a `{Describe(lexer)}`-token.");

    public static SyntaxErrorException Unexpected(in Lexer lexer) =>
        At(lexer, $"Unexpected token: `{Describe(lexer)}`.");

    public static SyntaxErrorException ExpectedDefinition(in Lexer lexer) =>
        At(lexer, $"Expected an operation, fragment or type system definition, but found a `{Describe(lexer)}`-token.");

    public static SyntaxErrorException ExpectedValue(in Lexer lexer) =>
        At(lexer, $"Expected a value, but found a `{Describe(lexer)}`-token.");

    public static SyntaxErrorException ExpectedOperationType(in Lexer lexer) =>
        At(lexer, $"Expected `query`, `mutation` or `subscription`, but found a `{Describe(lexer)}`-token.");

    public static SyntaxErrorException FragmentNamedOn(in Lexer lexer) =>
        At(lexer, "Unexpected keyword `on`: a fragment cannot be named `on`.");

    public static SyntaxErrorException VariableInConstantValue(in Lexer lexer, string name) =>
        At(lexer, $"Unexpected variable `${name}` in a constant value.");

    public static SyntaxErrorException ReservedEnumValue(in Lexer lexer) =>
        At(lexer, $"`{Describe(lexer)}` is reserved and cannot be used as an enum value.");

    public static SyntaxErrorException UnknownDirectiveLocation(string name, in Token token) =>
        new($"`{name}` is not a directive location.", token.Line, token.Column);

    public static SyntaxErrorException DescriptionOnShorthandQuery(in Lexer lexer) =>
        At(lexer, "Unexpected description: descriptions are not supported on shorthand queries.");

    public static SyntaxErrorException DescriptionOnExtension(in Lexer lexer) =>
        At(lexer, "Unexpected description: extensions cannot have descriptions.");

    public static SyntaxErrorException DescriptionWithoutDefinition(in Lexer lexer) =>
        At(lexer, "Unexpected description: only definitions can have descriptions.");

    public static SyntaxErrorException EmptyExtension(in Lexer lexer) =>
        At(lexer, $"Unexpected token: `{Describe(lexer)}`. An extension must add directives, interfaces, fields, values, types or operation types.");

    public static SyntaxErrorException TooManyTokens(int maxTokens, int line, int column) =>
        new(Format($"Document contains more than {maxTokens} tokens. Parsing aborted."), line, column);

    public static SyntaxErrorException TooDeep(int maxDepth, in Lexer lexer) =>
        At(lexer, Format($"Document exceeds the maximum nesting depth of {maxDepth} (selection sets, list and object values, list types). Parsing aborted."));

    public static SyntaxErrorException TooDeepForStack(in Lexer lexer) =>
        At(lexer, "Document is nested too deeply to parse on this thread's stack. Parsing aborted.");

    public static SyntaxErrorException UnexpectedCharacter(ReadOnlySpan<char> source, int position, int line, int column) =>
        new($"Unexpected character {DescribeCharacter(source, position)}.", line, column);

    public static SyntaxErrorException SingleQuote(int line, int column) =>
        new("Unexpected single quote character `'`, did you mean to use a double quote `\"`?", line, column);

    public static SyntaxErrorException DigitBeforeDot(int line, int column) =>
        new("Invalid number, expected digit before `.`.", line, column);

    public static SyntaxErrorException UnexpectedDigitAfterZero(ReadOnlySpan<char> source, int position, int line, int column) =>
        new($"Invalid number, unexpected digit after 0: {DescribeCharacter(source, position)}.", line, column);

    public static SyntaxErrorException ExpectedDigit(ReadOnlySpan<char> source, int position, int line, int column) =>
        new($"Invalid number, expected digit but got: {DescribeCharacter(source, position)}.", line, column);

    public static SyntaxErrorException UnterminatedString(int line, int column) =>
        new("Unterminated string.", line, column);

    public static SyntaxErrorException InvalidCharacterInString(ReadOnlySpan<char> source, int position, int line, int column) =>
        new($"Invalid character within String: {DescribeCharacter(source, position)}.", line, column);

    public static SyntaxErrorException InvalidEscapeSequence(ReadOnlySpan<char> sequence, int line, int column) =>
        new($"Invalid character escape sequence: `{sequence}`.", line, column);

    public static SyntaxErrorException InvalidUnicodeEscape(ReadOnlySpan<char> sequence, int line, int column) =>
        new($"Invalid Unicode escape sequence: `{sequence}`.", line, column);

    /// <summary>
    /// A character as a reader would want to see it: printable ones quoted with their code point
    /// (<c>`%` (U+0025)</c>), invisible ones and lone surrogates by code point only (<c>U+0007</c>).
    /// </summary>
    private static string DescribeCharacter(ReadOnlySpan<char> source, int position)
    {
        if (position >= source.Length)
        {
            return "<EOF>";
        }

        var c = source[position];
        if (char.IsHighSurrogate(c) && position + 1 < source.Length && char.IsLowSurrogate(source[position + 1]))
        {
            var codePoint = char.ConvertToUtf32(c, source[position + 1]);
            return Format($"`{source.Slice(position, 2).ToString()}` (U+{codePoint:X4})");
        }

        if (char.IsSurrogate(c) || char.IsControl(c) || char.IsWhiteSpace(c) || c == '\uFEFF')
        {
            return Format($"U+{(int)c:X4}");
        }

        return Format($"`{c}` (U+{(int)c:X4})");
    }

    private static string Describe(in Lexer lexer) => lexer.Kind switch
    {
        TokenKind.Name or TokenKind.Integer or TokenKind.Float => lexer.Text.ToString(),
        _ => lexer.Kind.ToString(),
    };

    private static SyntaxErrorException At(in Lexer lexer, string message) =>
        new(message, lexer.Line, lexer.Column);

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
