using System.Runtime.CompilerServices;

namespace OpenIntegrationData.GraphQL.Language;

/// <summary>
/// Reads the tokens of a GraphQL document one at a time (spec 2.1 "Source Text"). It is a ref
/// struct over the source span, so advancing allocates nothing: only the names, numbers and
/// strings the parser asks for become strings. Copying the struct saves its position, which is
/// how the parser looks one token ahead. Lexical errors unwind as <see cref="SyntaxErrorException"/>.
/// </summary>
internal ref partial struct Lexer
{
    private readonly ReadOnlySpan<char> _source;
    private readonly int _maxTokens;
    private int _position;
    private int _line;
    private int _lineStart;
    private int _tokenCount;

    /// <summary>Whether the current String token contains escape sequences that need decoding.</summary>
    private bool _hasEscapes;

    public Lexer(ReadOnlySpan<char> source, int maxTokens = int.MaxValue)
    {
        _source = source;
        _maxTokens = maxTokens;
        _line = 1;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 1;
    }

    /// <summary>The kind of the current token.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>Offset of the current token's first character.</summary>
    public int Start { get; private set; }

    /// <summary>Offset just past the current token's last character.</summary>
    public int End { get; private set; }

    /// <summary>1-based line of the current token.</summary>
    public int Line { get; private set; }

    /// <summary>1-based column of the current token.</summary>
    public int Column { get; private set; }

    /// <summary>The current token as a value.</summary>
    public readonly Token Token => new(Kind, Start, End, Line, Column);

    /// <summary>The source text of the current token, quotes included for strings.</summary>
    public readonly ReadOnlySpan<char> Text => _source[Start..End];

    /// <summary>Whether the current token is the name <paramref name="keyword"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool IsKeyword(string keyword) =>
        Kind == TokenKind.Name && _source[Start..End].SequenceEqual(keyword);

    /// <summary>The token after the current one, without moving.</summary>
    public readonly Lexer Peek()
    {
        var copy = this;
        copy.MoveNext();
        return copy;
    }

    /// <summary>
    /// Moves to the next token (spec 2.1.6 Token), skipping ignored tokens (2.1.7). At the end
    /// of the source the kind becomes <see cref="TokenKind.EndOfFile"/> and stays so.
    /// </summary>
    public void MoveNext()
    {
        SkipIgnored();
        Start = _position;
        Line = _line;
        Column = _position - _lineStart + 1;

        if (_position >= _source.Length)
        {
            Kind = TokenKind.EndOfFile;
            End = _position;
            return;
        }

        if (++_tokenCount > _maxTokens)
        {
            throw SyntaxErrors.TooManyTokens(_maxTokens, Line, Column);
        }

        var c = _source[_position];
        if (IsNameStart(c))
        {
            ReadName();
            return;
        }

        var punctuator = PunctuatorKind(c);
        if (punctuator != TokenKind.StartOfFile)
        {
            Punctuator(punctuator);
            return;
        }

        if (IsDigit(c) || c == '-')
        {
            ReadNumber();
            return;
        }

        switch (c)
        {
            case '"':
                ReadStringOrBlockString();
                return;
            case '.':
                ReadSpread();
                return;
            case '\'':
                throw SyntaxErrors.SingleQuote(Line, Column);
            default:
                throw SyntaxErrors.UnexpectedCharacter(_source, _position, Line, Column);
        }
    }

    private static TokenKind PunctuatorKind(char c) => c switch
    {
        '!' => TokenKind.Bang,
        '$' => TokenKind.Dollar,
        '&' => TokenKind.Ampersand,
        '(' => TokenKind.LeftParenthesis,
        ')' => TokenKind.RightParenthesis,
        ':' => TokenKind.Colon,
        '=' => TokenKind.Equal,
        '@' => TokenKind.At,
        '[' => TokenKind.LeftBracket,
        ']' => TokenKind.RightBracket,
        '{' => TokenKind.LeftBrace,
        '}' => TokenKind.RightBrace,
        '|' => TokenKind.Pipe,
        _ => TokenKind.StartOfFile,
    };

    private void Punctuator(TokenKind kind)
    {
        Kind = kind;
        _position++;
        End = _position;
    }

    /// <summary>Punctuator <c>...</c>; a lone <c>.</c> is an error (spec 2.1.8).</summary>
    private void ReadSpread()
    {
        var next = _position + 1;
        if (next + 1 < _source.Length && _source[next] == '.' && _source[next + 1] == '.')
        {
            Kind = TokenKind.Spread;
            _position += 3;
            End = _position;
            return;
        }

        if (next < _source.Length && IsDigit(_source[next]))
        {
            throw SyntaxErrors.DigitBeforeDot(Line, Column);
        }

        throw SyntaxErrors.UnexpectedCharacter(_source, _position, Line, Column);
    }

    /// <summary>Name :: NameStart NameContinue* [lookahead != NameContinue] (spec 2.1.9).</summary>
    private void ReadName()
    {
        var position = _position + 1;
        while (position < _source.Length && IsNameContinue(_source[position]))
        {
            position++;
        }

        Kind = TokenKind.Name;
        _position = position;
        End = position;
    }

    /// <summary>
    /// Skips white space, line terminators, commas, comments and the byte order mark (spec
    /// 2.1.2–2.1.5, 2.1.7), counting lines for locations.
    /// </summary>
    private void SkipIgnored()
    {
        var source = _source;
        var position = _position;
        while (position < source.Length)
        {
            switch (source[position])
            {
                case ' ' or '\t' or ',' or '\uFEFF':
                    position++;
                    break;
                case '\n':
                    position++;
                    NewLine(position);
                    break;
                case '\r':
                    position += position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                    NewLine(position);
                    break;
                case '#':
                    position = SkipComment(position);
                    break;
                default:
                    _position = position;
                    return;
            }
        }

        _position = position;
    }

    /// <summary>
    /// Comment :: # CommentChar* — up to, not including, the line terminator. A lone surrogate is
    /// no source character (spec 2.1.1), so it ends the comment and is then reported as such.
    /// </summary>
    private readonly int SkipComment(int position)
    {
        var start = position + 1;
        var rest = _source[start..];
        var length = rest.IndexOfAny('\n', '\r');
        var comment = length < 0 ? rest : rest[..length];
        var end = start + comment.Length;
        var surrogate = comment.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (surrogate >= 0)
        {
            var at = start + surrogate;
            if (!IsSurrogatePairAt(at))
            {
                end = at;
                break;
            }

            var next = comment[(surrogate + 2)..].IndexOfAnyInRange('\uD800', '\uDFFF');
            surrogate = next < 0 ? -1 : surrogate + 2 + next;
        }

        return end;
    }

    /// <summary>Records that a line starts at <paramref name="lineStart"/>.</summary>
    private void NewLine(int lineStart)
    {
        _line++;
        _lineStart = lineStart;
    }

    /// <summary>1-based column of <paramref name="position"/> on the current line.</summary>
    private readonly int ColumnOf(int position) => position - _lineStart + 1;

    /// <summary>Whether a valid surrogate pair (one supplementary code point) starts at <paramref name="position"/>.</summary>
    private readonly bool IsSurrogatePairAt(int position) =>
        char.IsHighSurrogate(_source[position])
        && position + 1 < _source.Length
        && char.IsLowSurrogate(_source[position + 1]);

    /// <summary>NameStart :: Letter | _ (spec 2.1.9).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameStart(char c) => c < 128 && (NameCharacters[c] & NameStartFlag) != 0;

    /// <summary>NameContinue :: Letter | Digit | _ (spec 2.1.9).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameContinue(char c) => c < 128 && NameCharacters[c] != 0;

    private const byte NameStartFlag = 2;

    /// <summary>For each ASCII character: 2 for a name start (letter, _), 1 for a digit, 0 otherwise.</summary>
    private static ReadOnlySpan<byte> NameCharacters =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 2,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    ];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;
}
