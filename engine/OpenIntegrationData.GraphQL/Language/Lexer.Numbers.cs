namespace OpenIntegrationData.GraphQL.Language;

internal ref partial struct Lexer
{
    /// <summary>
    /// IntValue and FloatValue (spec 2.9.1, 2.9.2): an optional minus, no leading zeros, an
    /// optional fraction and exponent, each needing at least one digit, and no digit, <c>.</c> or
    /// name start right after the number — so <c>0x1</c>, <c>1.</c>, <c>1e</c>, <c>123abc</c> and
    /// <c>1.2.3</c> are errors reported at the offending character.
    /// </summary>
    private void ReadNumber()
    {
        var source = _source;
        var position = _position;
        var isFloat = false;

        if (source[position] == '-')
        {
            position++;
        }

        if (position < source.Length && source[position] == '0')
        {
            position++;
            if (position < source.Length && IsDigit(source[position]))
            {
                throw SyntaxErrors.UnexpectedDigitAfterZero(source, position, _line, ColumnOf(position));
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (position < source.Length && source[position] == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if (position < source.Length && (source[position] | 0x20) == 'e')
        {
            isFloat = true;
            position++;
            if (position < source.Length && (source[position] == '+' || source[position] == '-'))
            {
                position++;
            }

            position = ReadDigits(position);
        }

        if (position < source.Length && (source[position] == '.' || IsNameStart(source[position])))
        {
            throw SyntaxErrors.ExpectedDigit(source, position, _line, ColumnOf(position));
        }

        Kind = isFloat ? TokenKind.Float : TokenKind.Integer;
        _position = position;
        End = position;
    }

    /// <summary>Digit+ starting at <paramref name="position"/>; returns the offset after the last digit.</summary>
    private readonly int ReadDigits(int position)
    {
        var source = _source;
        if (position >= source.Length || !IsDigit(source[position]))
        {
            throw SyntaxErrors.ExpectedDigit(source, position, _line, ColumnOf(position));
        }

        position++;
        while (position < source.Length && IsDigit(source[position]))
        {
            position++;
        }

        return position;
    }
}
