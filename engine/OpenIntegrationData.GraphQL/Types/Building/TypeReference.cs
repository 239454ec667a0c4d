using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>
/// A reference to a type by name, possibly wrapped in lists and non-null (spec 3.12), as the
/// builder takes it before the named types exist: <c>String</c>, <c>[District!]</c>, <c>ID!</c>.
/// </summary>
public sealed class TypeReference
{
    private TypeReference(TypeNode syntax)
    {
        Syntax = syntax;
    }

    /// <summary>The reference as syntax.</summary>
    public TypeNode Syntax { get; }

    /// <summary>Wraps a type reference parsed from SDL.</summary>
    public static TypeReference FromSyntax(TypeNode syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        return new TypeReference(syntax);
    }

    /// <summary>Reads SDL type notation such as <c>[Int!]!</c>.</summary>
    /// <exception cref="ArgumentException">When the text is not a type reference.</exception>
    public static TypeReference Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        var syntax = ReadType(text.Trim(), ref position);
        if (syntax is null || position != text.Trim().Length)
        {
            throw new ArgumentException($"\"{text}\" is not a type reference such as \"String\", \"[Int!]\" or \"ID!\".", nameof(text));
        }

        return new TypeReference(syntax);
    }

    /// <inheritdoc />
    public override string ToString() => Print(Syntax);

    private static TypeNode? ReadType(string text, ref int position)
    {
        TypeNode? type;
        if (position < text.Length && text[position] == '[')
        {
            position++;
            var item = ReadType(text, ref position);
            if (item is null || position >= text.Length || text[position] != ']')
            {
                return null;
            }

            position++;
            type = new ListTypeNode(item);
        }
        else
        {
            var start = position;
            while (position < text.Length && IsNameCharacter(text[position], position == start))
            {
                position++;
            }

            if (position == start)
            {
                return null;
            }

            type = new NamedTypeNode(new NameNode(text[start..position]));
        }

        if (position < text.Length && text[position] == '!')
        {
            position++;
            return new NonNullTypeNode(type);
        }

        return type;
    }

    private static bool IsNameCharacter(char c, bool first) =>
        c == '_' || char.IsAsciiLetter(c) || (!first && char.IsAsciiDigit(c));

    private static string Print(TypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => $"[{Print(list.Type)}]",
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
