using System.Globalization;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Tests.Conformance;
using OpenIntegrationData.GraphQL.Validation;
using Xunit.Abstractions;

namespace OpenIntegrationData.GraphQL.Tests.Robustness;

/// <summary>
/// The randomised test of issue 3: thousands of broken variants of the valid corpus documents
/// go through parse → validate → execute on the conformance schema. None may throw; every
/// failure is a <see cref="GraphQLError"/> with a message, and syntax and validation errors point
/// into the document.
/// </summary>
public sealed class MutatedDocumentTests(ITestOutputHelper output)
{
    private const int Seed = 20261121;
    private const int Inputs = 4000;

    private static readonly IReadOnlyDictionary<string, object?>[] OddVariables =
    [
        new Dictionary<string, object?> { ["id"] = 1.5, ["f"] = new List<object?> { 1L }, ["n"] = "3" },
        new Dictionary<string, object?> { ["l"] = new Dictionary<string, object?> { ["id"] = null }, ["k"] = "PARK", ["m"] = new List<object?> { new List<object?> { "x" } } },
        new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["id"] = "d1", ["name"] = new Dictionary<string, object?>() } },
    ];

    [Fact]
    public async Task ExecuteAsync_ThousandsOfMutatedCorpusDocuments_AnswerWithResultsOrLocatedErrors()
    {
        var seeds = CorpusDocument.ReadFolder(Path.Combine(RepositoryPaths.Corpus, "ConformanceSchema"), "corpus")
            .Where(static d => d.Label == true)
            .ToList();
        Assert.True(seeds.Count >= 50, $"Only {seeds.Count} valid corpus documents.");

        var executor = ConformanceSchema.CreateExecutor();
        var validator = new DocumentValidator(ConformanceSchema.Schema);
        var mutator = new DocumentMutator(Seed);
        var random = new Random(Seed);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Inputs; i++)
        {
            var seed = seeds[random.Next(seeds.Count)];
            var document = mutator.Mutate(seed.Source);
            var variables = random.Next(4) == 0 ? OddVariables[random.Next(OddVariables.Length)] : seed.Variables;
            var stage = CheckStages(document, validator);
            var result = await executor.ExecuteAsync(new GraphQLRequest(document, seed.OperationName, variables));

            AssertWellFormed(result, document);
            var key = result.Kind == ResultKind.Executed ? "executed" : stage;
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
        }

        var counts = string.Join(", ", outcomes.OrderBy(static o => o.Key, StringComparer.Ordinal).Select(static o => string.Create(CultureInfo.InvariantCulture, $"{o.Key} {o.Value}")));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Inputs} mutated documents from {seeds.Count} seeds (seed {Seed}): {counts}"));
        // The mix is fixed by the seed; each stage must be reached often enough to mean something.
        Assert.All(new[] { "syntax error", "validation error", "executed" }, stage => Assert.True(outcomes.GetValueOrDefault(stage) >= 100, counts));
    }

    /// <summary>Parses and validates on their own, checking where each error points; returns the stage that refused it.</summary>
    private static string CheckStages(string document, DocumentValidator validator)
    {
        var parsed = Parser.Parse(document);
        if (!parsed.Succeeded)
        {
            var error = parsed.Error!;
            Assert.False(string.IsNullOrWhiteSpace(error.Message), document);
            var location = Assert.Single(error.Locations);
            AssertInside(location, document);
            return "syntax error";
        }

        var validation = validator.Validate(parsed.Node!);
        foreach (var error in validation.Errors)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Message), document);
            Assert.NotNull(error.Code);
            if (error.Code != ValidationErrorCodes.TooManyErrors)
            {
                Assert.True(error.Locations.Count > 0, $"{error.Message} has no location in:\n{document}");
            }

            Assert.All(error.Locations, l => AssertInside(l, document));
        }

        return validation.IsValid ? "refused after validation" : "validation error";
    }

    private static void AssertWellFormed(ExecutionResult result, string document)
    {
        Assert.True(result.HasData || result.Errors.Count > 0, document);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message), document));
        Assert.All(result.Errors, e => Assert.DoesNotContain("Unexpected Execution Error", e.Message, StringComparison.Ordinal));
        Assert.NotEmpty(ResultJsonWriter.ToUtf8Bytes(result));
    }

    private static void AssertInside(ErrorLocation location, string document)
    {
        var lines = document.Split('\n').Length + document.Count(static c => c == '\r');
        Assert.InRange(location.Line, 1, lines + 1);
        Assert.True(location.Column >= 1, $"column {location.Column}");
    }
}
