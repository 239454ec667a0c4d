using System.Text;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.Data.Tests.Examples;

/// <summary>
/// One "e.g." clause of a schema description: the schema coordinate it describes, the clause as written, and what it
/// shows — quoted values (<c>"05111000"</c>), code in backticks (<c>`order: [{ name: DESC }]`</c>) and the rest as prose.
/// </summary>
internal sealed record DescriptionExample(string Coordinate, string Clause, IReadOnlyList<string> Values, IReadOnlyList<string> Code, string Prose)
{
    /// <summary>Every "e.g." clause in the descriptions of the schema's own types, fields, arguments and enum values.</summary>
    public static IReadOnlyList<DescriptionExample> CollectFrom(Schema schema)
    {
        var examples = new List<DescriptionExample>();
        foreach (var type in schema.Types.Where(static t => !t.IsIntrospectionType && !t.IsSpecifiedType))
        {
            examples.AddRange(In(type.Name, type.Description));
            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields)
                    {
                        examples.AddRange(In(field.Coordinate, field.Description));
                        foreach (var argument in field.Arguments)
                        {
                            examples.AddRange(In($"{field.Coordinate}({argument.Name}:)", argument.Description));
                        }
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        examples.AddRange(In($"{input.Name}.{field.Name}", field.Description));
                    }

                    break;
                case EnumType enumType:
                    foreach (var value in enumType.Values)
                    {
                        examples.AddRange(In($"{enumType.Name}.{value.Name}", value.Description));
                    }

                    break;
            }
        }

        return examples;
    }

    /// <summary>
    /// The clauses after each "e.g." in one description. A clause ends at ";", at a ")" it did not open or at a full
    /// stop followed by a space or the end; quoted values, code spans and glosses in parentheses are read whole, so
    /// "je 1.000 Einwohner" (per 1,000 residents) stays one value.
    /// </summary>
    public static IEnumerable<DescriptionExample> In(string coordinate, string? description)
    {
        const string Marker = "e.g.";
        if (description is null)
        {
            yield break;
        }

        for (var start = description.IndexOf(Marker, StringComparison.Ordinal); start >= 0;
             start = description.IndexOf(Marker, start + Marker.Length, StringComparison.Ordinal))
        {
            var values = new List<string>();
            var code = new List<string>();
            var prose = new StringBuilder();
            var i = start + Marker.Length;
            while (i < description.Length)
            {
                var c = description[i];
                if (c is '"' or '`')
                {
                    var close = description.IndexOf(c, i + 1);
                    if (close < 0)
                    {
                        break;
                    }

                    (c == '"' ? values : code).Add(description[(i + 1)..close]);
                    i = close + 1;
                    continue;
                }

                // A parenthesis inside the clause glosses the example ("je 1.000 Einwohner" (per 1,000 residents)).
                if (c == '(' && description.IndexOf(')', i) is var glossEnd and > 0)
                {
                    i = glossEnd + 1;
                    continue;
                }

                if (c is ';' or ')' || (c == '.' && (i + 1 == description.Length || char.IsWhiteSpace(description[i + 1]))))
                {
                    break;
                }

                prose.Append(c);
                i++;
            }

            var clause = description[(start + Marker.Length)..i].Trim();
            yield return new DescriptionExample(coordinate, clause, values, code, Words(prose.ToString()));
        }
    }

    /// <summary>The prose without connecting words, empty when the clause is only values and code.</summary>
    private static string Words(string prose)
    {
        var words = prose.Split([' ', ',', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(static w => w is not ("or" or "and"));
        return string.Join(' ', words);
    }
}
