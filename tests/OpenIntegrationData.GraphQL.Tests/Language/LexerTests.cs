using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Tests.Language;

public class LexerTests
{
    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Ampersand)]
    [InlineData("(", TokenKind.LeftParenthesis)]
    [InlineData(")", TokenKind.RightParenthesis)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equal)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.LeftBracket)]
    [InlineData("]", TokenKind.RightBracket)]
    [InlineData("{", TokenKind.LeftBrace)]
    [InlineData("}", TokenKind.RightBrace)]
    [InlineData("|", TokenKind.Pipe)]
    public void MoveNext_Punctuator_ReadsItsKind(string source, TokenKind expected)
    {
        var tokens = Lex(source);

        var token = Assert.Single(tokens);
        Assert.Equal(expected, token.Kind);
        Assert.Equal(new Token(expected, 0, source.Length, 1, 1), token.Token);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("_")]
    [InlineData("__typename")]
    [InlineData("Name_With_123")]
    [InlineData("query")]
    public void MoveNext_Name_ReadsTheWholeName(string source)
    {
        var token = Assert.Single(Lex(source));

        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal(source, token.Value);
    }

    [Fact]
    public void MoveNext_NameFollowedByPunctuator_StopsAtThePunctuator()
    {
        var tokens = Lex("abc{d}");

        Assert.Equal(["abc", "{", "d", "}"], tokens.Select(t => t.Value));
    }

    [Theory]
    [InlineData("0", TokenKind.Integer)]
    [InlineData("-0", TokenKind.Integer)]
    [InlineData("9", TokenKind.Integer)]
    [InlineData("1234567890", TokenKind.Integer)]
    [InlineData("-42", TokenKind.Integer)]
    [InlineData("0.0", TokenKind.Float)]
    [InlineData("-1.5", TokenKind.Float)]
    [InlineData("1e10", TokenKind.Float)]
    [InlineData("1E10", TokenKind.Float)]
    [InlineData("1e+10", TokenKind.Float)]
    [InlineData("1e-10", TokenKind.Float)]
    [InlineData("-1.25e-3", TokenKind.Float)]
    [InlineData("0e0", TokenKind.Float)]
    public void MoveNext_Number_KeepsTheSourceText(string source, TokenKind expected)
    {
        var token = Assert.Single(Lex(source));

        Assert.Equal(expected, token.Kind);
        Assert.Equal(source, token.Value);
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: `0` (U+0030).", 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: `1` (U+0031).", 3)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.}", "Invalid number, expected digit but got: `}` (U+007D).", 3)]
    [InlineData("1.e5", "Invalid number, expected digit but got: `e` (U+0065).", 3)]
    [InlineData(".5", "Invalid number, expected digit before `.`.", 1)]
    [InlineData("0x1", "Invalid number, expected digit but got: `x` (U+0078).", 2)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e+", "Invalid number, expected digit but got: <EOF>.", 4)]
    [InlineData("123abc", "Invalid number, expected digit but got: `a` (U+0061).", 4)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: `.` (U+002E).", 4)]
    [InlineData("1_000", "Invalid number, expected digit but got: `_` (U+005F).", 2)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("-a", "Invalid number, expected digit but got: `a` (U+0061).", 2)]
    [InlineData("1E1E1", "Invalid number, expected digit but got: `E` (U+0045).", 4)]
    public void MoveNext_MalformedNumber_ReportsTheOffendingCharacter(string source, string message, int column)
    {
        var error = LexError(source);

        Assert.Equal(message, error.Message);
        Assert.Equal((1, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"variable \\u{41}\\u{0}\\u{10FFFF}\"", "variable A\0\U0010FFFF")]
    [InlineData("\"leading zeros \\u{00000041}\"", "leading zeros A")]
    [InlineData("\"emoji \\u{1F600}\"", "emoji \U0001F600")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair \U0001F600")]
    [InlineData("\"raw 😀 pair\"", "raw 😀 pair")]
    [InlineData("\"control \u0007 allowed\"", "control \u0007 allowed")]
    [InlineData("\"non-ascii \u00E9\u4E2D\"", "non-ascii \u00E9\u4E2D")]
    public void MoveNext_String_DecodesEscapes(string source, string expected)
    {
        var token = Assert.Single(Lex(source));

        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, token.Value);
        Assert.Equal(source.Length, token.Token.End);
    }

    [Theory]
    [InlineData("\"abc", "Unterminated string.", 1, 5)]
    [InlineData("\"abc\ndef\"", "Unterminated string.", 1, 5)]
    [InlineData("\"abc\rdef\"", "Unterminated string.", 1, 5)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: `\\x`.", 1, 6)]
    [InlineData("\"bad \\", "Invalid character escape sequence: `\\`.", 1, 6)]
    [InlineData("\"bad \\u12\"", "Invalid Unicode escape sequence: `\\u12\"`.", 1, 6)]
    [InlineData("\"bad \\uXYZW\"", "Invalid Unicode escape sequence: `\\uXYZW`.", 1, 6)]
    [InlineData("\"bad \\u{}\"", "Invalid Unicode escape sequence: `\\u{}`.", 1, 6)]
    [InlineData("\"bad \\u{1F60\"", "Invalid Unicode escape sequence: `\\u{1F60\"`.", 1, 6)]
    [InlineData("\"bad \\u{110000}\"", "Invalid Unicode escape sequence: `\\u{110000}`.", 1, 6)]
    [InlineData("\"bad \\u{D800}\"", "Invalid Unicode escape sequence: `\\u{D800}`.", 1, 6)]
    [InlineData("\"bad \\u{D83D}\\u{DE00}\"", "Invalid Unicode escape sequence: `\\u{D83D}`.", 1, 6)]
    [InlineData("\"lone lead \\uD83D\"", "Invalid Unicode escape sequence: `\\uD83D`.", 1, 12)]
    [InlineData("\"lone trail \\uDE00\"", "Invalid Unicode escape sequence: `\\uDE00`.", 1, 13)]
    [InlineData("\"mismatched \\uD83D\\u0041\"", "Invalid Unicode escape sequence: `\\uD83D`.", 1, 13)]
    [InlineData("\"two leads \\uD83D\\uD83D\"", "Invalid Unicode escape sequence: `\\uD83D`.", 1, 12)]
    public void MoveNext_MalformedString_ReportsWhereItWentWrong(string source, string message, int line, int column)
    {
        var error = LexError(source);

        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData(0xD800)]
    [InlineData(0xDBFF)]
    [InlineData(0xDC00)]
    [InlineData(0xDFFF)]
    public void MoveNext_LoneSurrogateInString_IsAnInvalidCharacter(int surrogate)
    {
        // Built in code: attribute arguments cannot carry lone surrogates.
        var source = "\"raw " + (char)surrogate + " lone\"";

        var error = LexError(source);

        Assert.Equal($"Invalid character within String: U+{surrogate:X4}.", error.Message);
        Assert.Equal((1, 6), (error.Line, error.Column));
    }

    [Fact]
    public void MoveNext_ReversedSurrogatePairInString_IsAnInvalidCharacter()
    {
        var error = LexError("\"\uDE00\uD83D\"");

        Assert.Equal("Invalid character within String: U+DE00.", error.Message);
        Assert.Equal((1, 2), (error.Line, error.Column));
    }

    [Fact]
    public void MoveNext_BlockString_DedentsAndKeepsQuotes()
    {
        var token = Assert.Single(Lex("\"\"\"\n    Hello,\n      World!\n\n    Yours, \\\"\"\" and \"quote\"\n  \"\"\""));

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours, \"\"\" and \"quote\"", token.Value);
    }

    [Fact]
    public void MoveNext_BlockString_DoesNotDecodeEscapes()
    {
        var token = Assert.Single(Lex("\"\"\"raw \\n \\u0041 \\\"\"\"\"\"\""));

        Assert.Equal("raw \\n \\u0041 \"\"\"", token.Value);
    }

    [Fact]
    public void MoveNext_BlockStringOverSeveralLines_CountsLinesForTheNextToken()
    {
        var tokens = Lex("\"\"\"a\r\nb\rc\nd\"\"\" next");

        Assert.Equal(new Token(TokenKind.Name, 15, 19, 4, 6), tokens[1].Token);
    }

    [Theory]
    [InlineData("\"\"\"never closed", 1, 16)]
    [InlineData("\"\"\"never\nclosed \\\"\"\"", 2, 12)]
    public void MoveNext_UnterminatedBlockString_ReportsTheEnd(string source, int line, int column)
    {
        var error = LexError(source);

        Assert.Equal("Unterminated string.", error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void MoveNext_LoneSurrogateInBlockString_IsAnError()
    {
        var error = LexError("\"\"\"a\nb \uD800\"\"\"");

        Assert.Equal("Invalid character within String: U+D800.", error.Message);
        Assert.Equal((2, 3), (error.Line, error.Column));
    }

    [Fact]
    public void MoveNext_IgnoredTokens_AreSkipped()
    {
        var tokens = Lex("\uFEFF a,,, # comment { not a token }\n\t b \uFEFF c");

        Assert.Equal(["a", "b", "c"], tokens.Select(t => t.Value));
    }

    [Fact]
    public void MoveNext_CommentWithControlCharacters_IsSkipped()
    {
        var tokens = Lex("a # bell \u0007 and \u0000\nb");

        Assert.Equal(["a", "b"], tokens.Select(t => t.Value));
    }

    [Fact]
    public void MoveNext_LoneSurrogateInComment_EndsTheCommentAndIsReported()
    {
        var error = LexError("a # comment \uD800 rest");

        Assert.Equal("Unexpected character U+D800.", error.Message);
        Assert.Equal((1, 13), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("a\nb")]
    [InlineData("a\r\nb")]
    [InlineData("a\rb")]
    public void MoveNext_EachLineTerminator_StartsANewLine(string source)
    {
        var tokens = Lex(source);

        Assert.Equal((2, 1), (tokens[1].Token.Line, tokens[1].Token.Column));
        Assert.Equal(source.Length - 1, tokens[1].Token.Start);
    }

    [Fact]
    public void MoveNext_MixedLineTerminators_CountEachOnce()
    {
        var tokens = Lex("a\r\n\r\n\n\r  b\n   c");

        Assert.Equal(new Token(TokenKind.Name, 9, 10, 5, 3), tokens[1].Token);
        Assert.Equal(new Token(TokenKind.Name, 14, 15, 6, 4), tokens[2].Token);
    }

    [Fact]
    public void MoveNext_Columns_CountUtf16CodeUnits()
    {
        var tokens = Lex("\"😀\" x");

        Assert.Equal(6, tokens[1].Token.Column);
    }

    [Theory]
    [InlineData("\u0007", "Unexpected character U+0007.", 1)]
    [InlineData("a \u0000", "Unexpected character U+0000.", 3)]
    [InlineData("?", "Unexpected character `?` (U+003F).", 1)]
    [InlineData("a %", "Unexpected character `%` (U+0025).", 3)]
    [InlineData("é", "Unexpected character `é` (U+00E9).", 1)]
    [InlineData("a 😀", "Unexpected character `😀` (U+1F600).", 3)]
    [InlineData("\u00A0", "Unexpected character U+00A0.", 1)]
    [InlineData("a ..", "Unexpected character `.` (U+002E).", 3)]
    [InlineData("'text'", "Unexpected single quote character `'`, did you mean to use a double quote `\"`?", 1)]
    public void MoveNext_InvalidCharacter_ReportsItReadably(string source, string message, int column)
    {
        var error = LexError(source);

        Assert.Equal(message, error.Message);
        Assert.Equal((1, column), (error.Line, error.Column));
    }

    [Fact]
    public void MoveNext_AtTheEnd_StaysAtEndOfFile()
    {
        var lexer = new Lexer("a");
        lexer.MoveNext();
        lexer.MoveNext();
        lexer.MoveNext();

        Assert.Equal(TokenKind.EndOfFile, lexer.Kind);
        Assert.Equal((1, 2), (lexer.Line, lexer.Column));
    }

    [Fact]
    public void Peek_NextToken_IsReadWithoutMoving()
    {
        var lexer = new Lexer("a \"b\"");
        lexer.MoveNext();

        var next = lexer.Peek();

        Assert.Equal((TokenKind.String, "b"), (next.Kind, next.GetStringValue()));
        Assert.Equal((TokenKind.Name, 0), (lexer.Kind, lexer.Start));
    }

    [Fact]
    public void MoveNext_PastMaxTokens_StopsWithTheLimit()
    {
        var error = LexError("a b c d", maxTokens: 3);

        Assert.Equal("Document contains more than 3 tokens. Parsing aborted.", error.Message);
        Assert.Equal((1, 7), (error.Line, error.Column));
    }

    private static List<LexedToken> Lex(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<LexedToken>();
        lexer.MoveNext();
        while (lexer.Kind != TokenKind.EndOfFile)
        {
            var value = lexer.Kind is TokenKind.String or TokenKind.BlockString
                ? lexer.GetStringValue()
                : lexer.Text.ToString();
            tokens.Add(new LexedToken(lexer.Token, value));
            lexer.MoveNext();
        }

        return tokens;
    }

    private static SyntaxErrorException LexError(string source, int maxTokens = int.MaxValue)
    {
        try
        {
            var lexer = new Lexer(source, maxTokens);
            do
            {
                lexer.MoveNext();
            }
            while (lexer.Kind != TokenKind.EndOfFile);
        }
        catch (SyntaxErrorException error)
        {
            return error;
        }

        Assert.Fail($"Expected a syntax error for {source}");
        return null!;
    }

    private sealed record LexedToken(Token Token, string Value)
    {
        public TokenKind Kind => Token.Kind;
    }
}
