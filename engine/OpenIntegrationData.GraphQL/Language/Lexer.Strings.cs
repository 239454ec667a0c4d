using System.Buffers;
using System.Globalization;
using System.Text;

namespace OpenIntegrationData.GraphQL.Language;

internal ref partial struct Lexer
{
    /// <summary>Characters at which a string scan must stop and look closer.</summary>
    private static readonly SearchValues<char> StringStops = SearchValues.Create(StringStopCharacters());

    /// <summary>
    /// The value of the current String or BlockString token: escapes decoded (spec 2.9.4
    /// "Static Semantics"), block strings dedented with <see cref="BlockString.Value"/>.
    /// </summary>
    public readonly string GetStringValue()
    {
        if (Kind == TokenKind.BlockString)
        {
            return BlockString.Value(_source[(Start + 3)..(End - 3)]);
        }

        var raw = _source[(Start + 1)..(End - 1)];
        return _hasEscapes ? DecodeEscapes(raw) : new string(raw);
    }

    private void ReadStringOrBlockString()
    {
        var next = _position + 1;
        if (next + 1 < _source.Length && _source[next] == '"' && _source[next + 1] == '"')
        {
            ReadBlockString();
            return;
        }

        ReadString();
    }

    /// <summary>
    /// StringValue :: " StringCharacter* " (spec 2.9.4): any source character but <c>"</c>,
    /// <c>\</c> and line terminators, plus escape sequences, which are validated here so the
    /// error points at them.
    /// </summary>
    private void ReadString()
    {
        var source = _source;
        var position = _position + 1;
        _hasEscapes = false;

        while (true)
        {
            var stop = source[position..].IndexOfAny(StringStops);
            if (stop < 0)
            {
                throw SyntaxErrors.UnterminatedString(_line, ColumnOf(source.Length));
            }

            position += stop;
            switch (source[position])
            {
                case '"':
                    Kind = TokenKind.String;
                    _position = position + 1;
                    End = _position;
                    return;
                case '\\':
                    _hasEscapes = true;
                    position = SkipEscapeSequence(position);
                    break;
                case '\n':
                case '\r':
                    throw SyntaxErrors.UnterminatedString(_line, ColumnOf(position));
                default:
                    position = SkipSurrogatePair(position);
                    break;
            }
        }
    }

    /// <summary>
    /// BlockString :: """ BlockStringCharacter* """ (spec 2.9.4): any source character, line
    /// terminators included (they advance the line count), with <c>\"""</c> as the only escape.
    /// </summary>
    private void ReadBlockString()
    {
        var source = _source;
        var position = _position + 3;

        while (true)
        {
            var stop = source[position..].IndexOfAny(StringStops);
            if (stop < 0)
            {
                throw SyntaxErrors.UnterminatedString(_line, ColumnOf(source.Length));
            }

            position += stop;
            switch (source[position])
            {
                case '"' when IsTripleQuoteAt(position):
                    Kind = TokenKind.BlockString;
                    _position = position + 3;
                    End = _position;
                    return;
                case '"':
                    position++;
                    break;
                case '\\':
                    position += IsTripleQuoteAt(position + 1) ? 4 : 1;
                    break;
                case '\n':
                    position++;
                    NewLine(position);
                    break;
                case '\r':
                    position += position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                    NewLine(position);
                    break;
                default:
                    position = SkipSurrogatePair(position);
                    break;
            }
        }
    }

    private readonly bool IsTripleQuoteAt(int position) =>
        position + 2 < _source.Length
        && _source[position] == '"'
        && _source[position + 1] == '"'
        && _source[position + 2] == '"';

    /// <summary>A surrogate inside a string must be half of a pair; a lone one is no source character.</summary>
    private readonly int SkipSurrogatePair(int position)
    {
        if (!IsSurrogatePairAt(position))
        {
            throw SyntaxErrors.InvalidCharacterInString(_source, position, _line, ColumnOf(position));
        }

        return position + 2;
    }

    /// <summary>
    /// Validates the escape sequence at <paramref name="position"/> (the backslash) and returns
    /// the offset after it: EscapedCharacter, fixed-width <c>\uXXXX</c> (a leading surrogate must be
    /// followed by an escaped trailing one) or variable-width <c>\u{…}</c>, which must name a
    /// Unicode scalar value.
    /// </summary>
    private readonly int SkipEscapeSequence(int position)
    {
        var source = _source;
        var next = position + 1;
        if (next >= source.Length)
        {
            throw SyntaxErrors.InvalidEscapeSequence(source[position..], _line, ColumnOf(position));
        }

        switch (source[next])
        {
            case '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't':
                return position + 2;
            case 'u' when next + 1 < source.Length && source[next + 1] == '{':
                return SkipVariableWidthUnicodeEscape(position);
            case 'u':
                return SkipFixedWidthUnicodeEscape(position);
            default:
                var length = IsSurrogatePairAt(next) ? 3 : 2;
                throw SyntaxErrors.InvalidEscapeSequence(source.Slice(position, length), _line, ColumnOf(position));
        }
    }

    private readonly int SkipVariableWidthUnicodeEscape(int position)
    {
        var source = _source;
        var end = position + 3;
        var value = 0;
        while (end < source.Length && HexValue(source[end]) is var digit and >= 0)
        {
            value = Math.Min((value << 4) | digit, 0x110000);
            end++;
        }

        var closed = end < source.Length && source[end] == '}';
        if (end == position + 3 || !closed || !IsUnicodeScalarValue(value))
        {
            var shown = Math.Min(end + 1, source.Length) - position;
            throw SyntaxErrors.InvalidUnicodeEscape(source.Slice(position, shown), _line, ColumnOf(position));
        }

        return end + 1;
    }

    private readonly int SkipFixedWidthUnicodeEscape(int position)
    {
        var source = _source;
        var value = ReadHex4(position + 2);
        if (value >= 0 && !char.IsSurrogate((char)value))
        {
            return position + 6;
        }

        if (char.IsHighSurrogate((char)value)
            && position + 7 < source.Length
            && source[position + 6] == '\\'
            && source[position + 7] == 'u'
            && ReadHex4(position + 8) is var trailing and >= 0
            && char.IsLowSurrogate((char)trailing))
        {
            return position + 12;
        }

        var shown = Math.Min(position + 6, source.Length) - position;
        throw SyntaxErrors.InvalidUnicodeEscape(source.Slice(position, shown), _line, ColumnOf(position));
    }

    /// <summary>The value of four hex digits at <paramref name="position"/>, or -1.</summary>
    private readonly int ReadHex4(int position)
    {
        if (position + 4 > _source.Length)
        {
            return -1;
        }

        var value = 0;
        for (var i = position; i < position + 4; i++)
        {
            var digit = HexValue(_source[i]);
            if (digit < 0)
            {
                return -1;
            }

            value = (value << 4) | digit;
        }

        return value;
    }

    /// <summary>Decodes the (already validated) escape sequences of a quoted string's content.</summary>
    private static string DecodeEscapes(ReadOnlySpan<char> raw)
    {
        // Every escape sequence is at least as long as what it stands for, so the raw length bounds the value.
        char[]? rented = null;
        var buffer = raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        var length = 0;
        var i = 0;
        while (i < raw.Length)
        {
            var escape = raw[i..].IndexOf('\\');
            var plain = escape < 0 ? raw[i..] : raw.Slice(i, escape);
            plain.CopyTo(buffer[length..]);
            length += plain.Length;
            i += plain.Length;
            if (escape < 0)
            {
                break;
            }

            i = DecodeEscape(raw, i, buffer, ref length);
        }

        var value = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return value;
    }

    /// <summary>Writes the character(s) of the escape at <paramref name="i"/> and returns the offset after it.</summary>
    private static int DecodeEscape(ReadOnlySpan<char> raw, int i, Span<char> buffer, ref int length)
    {
        var kind = raw[i + 1];
        if (kind != 'u')
        {
            buffer[length++] = kind switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => kind,
            };
            return i + 2;
        }

        if (raw[i + 2] == '{')
        {
            var close = raw[(i + 3)..].IndexOf('}') + i + 3;
            var codePoint = 0;
            foreach (var c in raw[(i + 3)..close])
            {
                codePoint = Math.Min((codePoint << 4) | HexValue(c), 0x110000);
            }

            length += new Rune(codePoint).EncodeToUtf16(buffer[length..]);
            return close + 1;
        }

        // A fixed-width escape, possibly the leading half of an escaped surrogate pair: copying
        // both UTF-16 units reproduces the pair.
        buffer[length++] = (char)int.Parse(raw.Slice(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return i + 6;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool IsUnicodeScalarValue(int value) =>
        value is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static string StringStopCharacters()
    {
        var stops = new char[4 + 0x800];
        "\"\\\n\r".CopyTo(stops);
        for (var i = 0; i < 0x800; i++)
        {
            stops[4 + i] = (char)(0xD800 + i);
        }

        return new string(stops);
    }
}
