namespace OpenIntegrationData.GraphQL.Language;

/// <summary>
/// The kinds of lexical token (spec 2.1.6). Comments, commas, white space, line terminators and
/// the byte order mark are ignored tokens and never reach the parser. The names follow
/// HotChocolate so syntax error messages read the same (<c>Expected a `Name`-token …</c>).
/// </summary>
public enum TokenKind : byte
{
    /// <summary>Before the first token.</summary>
    StartOfFile,

    /// <summary>After the last token.</summary>
    EndOfFile,

    /// <summary><c>!</c></summary>
    Bang,

    /// <summary><c>$</c></summary>
    Dollar,

    /// <summary><c>&amp;</c></summary>
    Ampersand,

    /// <summary><c>(</c></summary>
    LeftParenthesis,

    /// <summary><c>)</c></summary>
    RightParenthesis,

    /// <summary><c>...</c></summary>
    Spread,

    /// <summary><c>:</c></summary>
    Colon,

    /// <summary><c>=</c></summary>
    Equal,

    /// <summary><c>@</c></summary>
    At,

    /// <summary><c>[</c></summary>
    LeftBracket,

    /// <summary><c>]</c></summary>
    RightBracket,

    /// <summary><c>{</c></summary>
    LeftBrace,

    /// <summary><c>}</c></summary>
    RightBrace,

    /// <summary><c>|</c></summary>
    Pipe,

    /// <summary>A name such as <c>field</c> or <c>query</c> (keywords are names).</summary>
    Name,

    /// <summary>An IntValue such as <c>-12</c>.</summary>
    Integer,

    /// <summary>A FloatValue such as <c>1.5e3</c>.</summary>
    Float,

    /// <summary>A quoted string <c>"…"</c>.</summary>
    String,

    /// <summary>A block string <c>"""…"""</c>.</summary>
    BlockString,
}
