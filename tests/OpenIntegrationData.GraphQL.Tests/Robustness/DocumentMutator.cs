using System.Text;
using System.Text.RegularExpressions;

namespace OpenIntegrationData.GraphQL.Tests.Robustness;

/// <summary>
/// Breaks valid documents in the ways hands and tools break them: tokens deleted, duplicated or
/// swapped, punctuation inserted, the text truncated, Unicode junk (lone surrogates, control
/// characters, byte order marks, emoji, non-characters) dropped in, and names replaced by other
/// names of the schema, which keeps the syntax and breaks the meaning. Deterministic for a seed.
/// </summary>
internal sealed partial class DocumentMutator(int seed)
{
    private static readonly string[] Punctuation = ["{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "|", "&", "...", "..", ".", "\"", "\"\"\"", "#", ",", "\\", "-", "0", "1e", "on", "null"];
    private static readonly string[] Junk = ["\uD800", "\uDFFF", "\uFEFF", "\u0000", "\u0007", "\u001B", "\u2028", "\uFFFE", "\uFFFF", "😀", "\u00E9", "\u200B", "\r", "\t", "\\u{D800}", "\\uDEAD", "\\u{110000}"];

    private static readonly string[] Names =
    [
        "district", "districts", "node", "id", "name", "population", "neighbours", "city", "mayor", "search", "facilities", "kind",
        "District", "City", "Place", "Node", "Facility", "SearchResult", "School", "DistrictFilter", "PlaceLookup", "SCHOOL", "NAME",
        "__typename", "__schema", "__type", "query", "mutation", "subscription", "fragment", "on", "true", "null", "$id", "$f", "F",
    ];

    private readonly Random _random = new(seed);

    /// <summary>One to three random edits of <paramref name="document"/>.</summary>
    public string Mutate(string document)
    {
        var tokens = Tokens().Matches(document).Select(static m => m.Value).ToList();
        var edits = _random.Next(1, 3);
        for (var i = 0; i < edits && tokens.Count > 0; i++)
        {
            Edit(tokens);
        }

        return string.Concat(tokens);
    }

    private void Edit(List<string> tokens)
    {
        var at = _random.Next(tokens.Count);
        switch (_random.Next(10))
        {
            case 0:
                tokens.RemoveAt(at);
                break;
            case 1:
                tokens.Insert(at, tokens[_random.Next(tokens.Count)]);
                break;
            case 2:
                var other = _random.Next(tokens.Count);
                (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                break;
            case 3:
                tokens.Insert(at, Punctuation[_random.Next(Punctuation.Length)]);
                break;
            case 4:
                tokens.RemoveRange(at, tokens.Count - at);
                break;
            case 5:
                tokens.Insert(at, Junk[_random.Next(Junk.Length)]);
                break;
            case 6:
                tokens[at] = Garble(tokens[at]);
                break;
            default:
                // Names swapped for other names of the schema and the language keep the syntax and break the meaning.
                var names = Enumerable.Range(0, tokens.Count).Where(i => char.IsLetter(tokens[i][0]) || tokens[i][0] is '_' or '$').ToList();
                if (names.Count > 0)
                {
                    tokens[names[_random.Next(names.Count)]] = Names[_random.Next(Names.Length)];
                }

                break;
        }
    }

    /// <summary>One character of a token replaced by a random UTF-16 code unit (surrogates included).</summary>
    private string Garble(string token)
    {
        var builder = new StringBuilder(token);
        builder[_random.Next(builder.Length)] = (char)_random.Next(char.MaxValue + 1);
        return builder.ToString();
    }

    // Strings and block strings, names, numbers, variables, spreads, punctuators, white space and comments, anything else.
    [GeneratedRegex(@"""""""[\s\S]*?""""""|""(?:\\.|[^""\\\n])*""|\$?[_A-Za-z][_0-9A-Za-z]*|-?\d[\d.eE+-]*|\.\.\.|#[^\n]*|\s+|.", RegexOptions.None, 1000)]
    private static partial Regex Tokens();
}
