using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Tests.Language;

/// <summary>
/// Arbitrary text must never make the parser throw: every input gives a tree or a syntax error
/// that points inside the document. Inputs are seeded mutations of the kitchen sinks, so a
/// failure is reproducible from the printed seed and case number.
/// </summary>
public class ParserRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", "\"", "\"\"\"", "\\", "\\u", "\\u{", "\\uD83D", ".", "..", "...", "0", "1", "-", "e",
        "+", "#", "\n", "\r", "\r\n", " ", ",", "$", "@", "!", "=", "|", "&", ":", "on", "query", "fragment", "extend",
        "type", "a", "_", "\u0007", "\uFEFF", "\uD83D", "\uDE00", "😀", "\t", "null", "true", "\"\"\"\n  x\n\"\"\"",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Parse_MutatedDocuments_NeverThrowAndErrorsPointInsideTheText(int seed)
    {
        var random = new Random(seed);
        string[] sources = [LanguageFixtures.Read("kitchen-sink.graphql"), LanguageFixtures.Read("schema-kitchen-sink.graphql")];

        for (var i = 0; i < 300; i++)
        {
            var source = Mutate(sources[random.Next(sources.Length)], random);

            var result = Parser.Parse(source);

            if (result.Succeeded)
            {
                var printed = SyntaxPrinter.Print(result.Node);
                Assert.True(Parser.Parse(printed).Succeeded, $"seed {seed}, case {i}: printed text does not parse");
                continue;
            }

            var location = Assert.Single(result.Error.Locations);
            var lines = source.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
            Assert.InRange(location.Line, 1, lines.Length);
            Assert.InRange(location.Column, 1, lines[location.Line - 1].Length + 1);
        }
    }

    private static string Mutate(string source, Random random)
    {
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits; i++)
        {
            var position = random.Next(source.Length + 1);
            var fragment = Fragments[random.Next(Fragments.Length)];
            source = random.Next(3) switch
            {
                0 => source.Remove(position, Math.Min(random.Next(1, 6), source.Length - position)),
                1 => source.Insert(position, fragment),
                _ => source.Remove(position, Math.Min(1, source.Length - position)).Insert(position, fragment),
            };
        }

        return source;
    }
}
