using OpenIntegrationData.GraphQL.Execution;
using static OpenIntegrationData.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace OpenIntegrationData.GraphQL.Tests.Execution;

public sealed class RandomDocumentTests
{
    private static readonly string[] Seeds =
    [
        "query Q($id: Int!, $s: Boolean = false) { district(id: $id) { id name @skip(if: $s) ...F } }\nfragment F on District { population neighbours { id } }",
        "{ districts(first: 3) { id name neighbours { name neighbours { id } } } __typename }",
        "{ __schema { types { name fields(includeDeprecated: true) { name args { name defaultValue } } } } }",
        "mutation { rename(id: 1, name: \"X\") { id name } }",
    ];

    private static readonly string[] Pieces = ["{", "}", "(", ")", "$id", "...F", "@skip(if: true)", "null", "\"", "[", "]", ":", "1", "on District", "__type", "#"];

    [Fact]
    public async Task ExecuteAsync_ThousandsOfMutatedDocuments_AlwaysAnswerWithAResult()
    {
        var random = new Random(20251121);
        var district = new Dictionary<string, object?> { ["id"] = 1, ["name"] = "A", ["population"] = null };
        district["neighbours"] = new[] { district };
        var executor = new RequestExecutor(Schema(
            """
            type Query { district(id: Int!): District districts(first: Int): [District!]! }
            type District { id: Int! name: String! population: Int neighbours: [District!]! }
            type Mutation { rename(id: Int!, name: String!): District }
            """,
            b => b
                .Resolve("Query", "district", _ => district)
                .Resolve("Query", "districts", _ => new[] { district, district })
                .Resolve("Mutation", "rename", _ => district)));

        var executed = 0;
        for (var i = 0; i < 3000; i++)
        {
            var document = Mutate(Seeds[random.Next(Seeds.Length)], random);
            var variables = random.Next(3) == 0 ? null : Variables(("id", random.Next(2) == 0 ? 1L : "x"), ("s", random.Next(2) == 0));
            var result = await executor.ExecuteAsync(new GraphQLRequest(document, variables: variables));

            Assert.True(result.HasData || result.Errors.Count > 0, document);
            Assert.NotEmpty(ResultJsonWriter.ToUtf8Bytes(result));
            executed += result.HasData ? 1 : 0;
        }

        // Enough mutants stay valid for execution itself to be exercised, not just the parser.
        Assert.InRange(executed, 100, 2900);
    }

    private static string Mutate(string seed, Random random)
    {
        var text = seed;
        var edits = random.Next(0, 4);
        for (var e = 0; e < edits; e++)
        {
            var position = random.Next(text.Length + 1);
            text = random.Next(3) switch
            {
                0 when text.Length > 0 => text.Remove(Math.Min(position, text.Length - 1), 1),
                1 => text.Insert(position, Pieces[random.Next(Pieces.Length)]),
                _ => text.Insert(position, Slice(text, random)),
            };
        }

        return text;
    }

    private static string Slice(string text, Random random)
    {
        var start = random.Next(text.Length);
        return text.Substring(start, Math.Min(random.Next(1, 12), text.Length - start));
    }
}
