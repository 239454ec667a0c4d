using System.Globalization;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types.Printing;
using Xunit.Abstractions;

namespace OpenIntegrationData.GraphQL.Tests.Conformance;

/// <summary>
/// The differential suite against graphql-js 16 (issue 3, "How it is checked"): on
/// <see cref="ConformanceSchema"/>, as graphql-js rebuilds it from our introspection, every
/// corpus document gets the same verdict from both engines — accepted, or rejected at the same
/// stage — unless <c>deviations.json</c> lists it with a reason.
/// </summary>
public sealed class DifferentialTests(DifferentialFixture fixture, ITestOutputHelper output) : IClassFixture<DifferentialFixture>
{
    // Spec section 5 rules, named as the corpus files name them (the shared corpus's convention).
    private static readonly string[] SpecRules =
    [
        "executable-definitions", "operation-name-uniqueness", "lone-anonymous-operation", "single-root-field",
        "field-selections", "field-selection-merging", "leaf-field-selections", "argument-names", "argument-uniqueness",
        "required-arguments", "fragment-name-uniqueness", "fragment-spread-type-existence", "fragments-on-composite-types",
        "fragments-must-be-used", "fragment-spread-target-defined", "fragment-spreads-must-not-form-cycles",
        "fragment-spread-is-possible", "values-of-correct-type", "input-object-field-names", "input-object-field-uniqueness",
        "input-object-required-fields", "directives-are-defined", "directives-in-valid-locations",
        "directives-unique-per-location", "variable-uniqueness", "variables-are-input-types", "all-variable-uses-defined",
        "all-variables-used", "all-variable-usages-allowed",
    ];

    [Fact]
    public void Introspection_RebuiltByGraphQLJs_PassesValidateSchema()
    {
        Assert.True(fixture.Oracle.SchemaErrors.Count == 0, string.Join("\n", fixture.Oracle.SchemaErrors));
    }

    [Fact]
    public void OwnCorpus_EveryDocument_GetsGraphQLJsVerdictUnlessListedAsDeviation()
    {
        AssertAgreement(fixture.OwnCorpus, "own corpus (Conformance/Corpus)");
    }

    [Fact]
    public void SharedCorpus_EveryDocument_GetsGraphQLJsVerdictUnlessListedAsDeviation()
    {
        if (fixture.SharedCorpus.Count == 0)
        {
            output.WriteLine($"Shared corpus not found at {RepositoryPaths.SharedCorpus}; this part is skipped.");
            return;
        }

        AssertAgreement(fixture.SharedCorpus, "shared corpus (tools/conformance/corpus)");
    }

    [Fact]
    public async Task RequestExecutor_EveryCorpusDocument_ExecutesExactlyWhenGraphQLJsAccepts()
    {
        // The whole request path (cache, operation kind, cost, plan, execution) on top of the staged verdicts;
        // subscriptions are left out because the server refuses them by design (issue 3).
        var executor = ConformanceSchema.CreateExecutor();
        var wrong = new List<string>();
        var executed = 0;
        foreach (var document in fixture.OwnCorpus.Concat(fixture.SharedCorpus))
        {
            var accepted = fixture.Oracle.Verdicts[document.Name].Accepted;
            if (fixture.Deviations.ContainsKey(document.Name) || (accepted && IsSubscription(document)))
            {
                continue;
            }

            var result = await executor.ExecuteAsync(new GraphQLRequest(document.Source, document.OperationName, document.Variables));
            var unexpected = result.Errors.FirstOrDefault(static e => e.Message == "Unexpected Execution Error");
            if ((result.Kind == ResultKind.Executed) != accepted || unexpected is not null)
            {
                wrong.Add($"{document.Name}: graphql-js {(accepted ? "accepts" : "rejects")}, we answer {result.Kind}: {string.Join(" | ", result.Errors.Select(static e => e.Message))}");
            }

            executed += result.Kind == ResultKind.Executed ? 1 : 0;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RequestExecutor: {executed} corpus documents executed, {wrong.Count} disagreements"));
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static bool IsSubscription(CorpusDocument document)
    {
        var parsed = Parser.Parse(document.Source);
        return parsed.Succeeded
            && RequestExecutor.GetOperation(parsed.Node!, document.OperationName).Operation?.Operation == OperationType.Subscription;
    }

    [Fact]
    public void OwnCorpus_Labels_AgreeWithGraphQLJsExceptListedDeviations()
    {
        var wrong = fixture.OwnCorpus
            .Where(d => d.Label is { } label && label != fixture.Oracle.Verdicts[d.Name].Accepted && !fixture.Deviations.ContainsKey(d.Name))
            .Select(d => $"{d.Name}: graphql-js says {fixture.Oracle.Verdicts[d.Name]}")
            .ToList();

        Assert.True(wrong.Count == 0, "Mislabelled corpus files:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void SchemaCorpus_EverySpecRule_HasValidAndInvalidCasesOnTheConformanceSchema()
    {
        var schemaCases = fixture.OwnCorpus.Where(static d => d.Name.StartsWith("corpus/ConformanceSchema/", StringComparison.Ordinal)).ToList();
        var missing = SpecRules
            .SelectMany(rule => new[] { (rule, "valid"), (rule, "invalid") })
            .Where(c => !schemaCases.Any(d => d.Rule == c.Item1 && d.Name.Contains($".{c.Item2}.", StringComparison.Ordinal)))
            .Select(static c => $"{c.Item1}.{c.Item2}")
            .ToList();

        Assert.True(missing.Count == 0, "No corpus case for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Deviations_EveryEntry_StillDisagreesAndIsExplainedInDeviationsMd()
    {
        var prose = File.ReadAllText(Path.Combine(RepositoryPaths.ConformanceFolder, "deviations.md"));
        foreach (var deviation in fixture.Deviations.Values)
        {
            Assert.Contains($"### {deviation.Section}", prose, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(deviation.Reason), deviation.Document);
            if (!fixture.Ours.TryGetValue(deviation.Document, out var ours))
            {
                Assert.True(
                    deviation.Document.StartsWith("shared/", StringComparison.Ordinal) && fixture.SharedCorpus.Count == 0,
                    $"{deviation.Document} is listed but is not in the corpus.");
                continue;
            }

            Assert.False(ours.AgreesWith(fixture.Oracle.Verdicts[deviation.Document]), $"{deviation.Document} agrees with graphql-js now; remove it from deviations.json.");
        }
    }

    [Fact]
    public void SchemaPrinter_Output_EqualsGraphQLJsPrintSchemaAfterNormalization()
    {
        var ours = SdlNormalization.Normalize(SchemaPrinter.Print(ConformanceSchema.Schema));
        var theirs = SdlNormalization.Normalize(fixture.Oracle.Sdl);

        Assert.Equal(theirs, ours);
        Assert.Contains("input PlaceLookup @oneOf {", ours, StringComparison.Ordinal);
        Assert.Contains("scalar DateTime @specifiedBy(url: \"https://www.rfc-editor.org/rfc/rfc3339\")", ours, StringComparison.Ordinal);
        Assert.Contains("legacy(mode: Int @deprecated(reason: \"Ignored.\"), strict: Boolean!): String @deprecated", ours, StringComparison.Ordinal);
    }

    private void AssertAgreement(IReadOnlyList<CorpusDocument> corpus, string title)
    {
        var agreements = 0;
        var listed = new List<string>();
        var mismatches = new List<string>();
        foreach (var document in corpus)
        {
            var ours = fixture.Ours[document.Name];
            var theirs = fixture.Oracle.Verdicts[document.Name];
            if (ours.AgreesWith(theirs))
            {
                agreements++;
            }
            else if (fixture.Deviations.TryGetValue(document.Name, out var deviation))
            {
                listed.Add($"{document.Name} ({deviation.Section})");
            }
            else
            {
                mismatches.Add($"{document.Name}\n    ours:       {ours}\n    graphql-js: {theirs}");
            }
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{title}: {corpus.Count} documents, {agreements} agreements, {listed.Count} listed deviations, {mismatches.Count} unexplained mismatches"));
        foreach (var entry in listed)
        {
            output.WriteLine("  deviation: " + entry);
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} documents judged differently from graphql-js:\n" + string.Join("\n", mismatches));
    }
}
