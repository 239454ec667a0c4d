using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenIntegrationData.Data.Tests.Support;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Tests.Introspection;

namespace OpenIntegrationData.Data.Tests.Conformance;

/// <summary>
/// The engine's differential check on the served schema: graphql-js 16 (tests/conformance/oracle.mjs)
/// and our engine judge the same documents — the example operations and a corpus of invalid filters,
/// wrong enum values, bad IDs and bad cursors — and must agree, except for the listed deviations.
/// Documents named <c>*.valid.*</c> (and the examples) must be accepted, <c>*.invalid.*</c> refused.
/// Runtime failures (HC0051, HC0078, …) are accepted by validation; ErrorTests checks their codes.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class SchemaDifferentialTests(SeededGraphFixture fixture)
{
    /// <summary>Where graphql-js cannot know better: it sees custom scalars only through introspection, so it accepts any literal for them.</summary>
    private static readonly Dictionary<string, string> Deviations = new(StringComparer.Ordinal)
    {
        ["dates.invalid.impossible-date-literal"] = "LocalDate refuses 2023-02-30; graphql-js's introspected scalar accepts every literal.",
        ["dates.invalid.impossible-date-variable"] = "LocalDate refuses 2023-02-30; graphql-js's introspected scalar accepts every value.",
        ["scalars.invalid.string-for-decimal"] = "Decimal refuses a string literal; graphql-js's introspected scalar accepts every literal.",
    };

    private static string CorpusFolder => Path.Combine(RepositoryFolder.Root, "tests", "OpenIntegrationData.Data.Tests", "Conformance", "Corpus");

    [Fact]
    public async Task Corpus_JudgedByGraphQLJsAndOurEngine_SameVerdicts()
    {
        var documents = ReadDocuments();
        var oracle = RunOracle(await IntrospectAsync(), documents);

        Assert.Empty(oracle["schema"]!["errors"]!.AsArray());
        var verdicts = oracle["documents"]!.AsArray().ToDictionary(d => d!["name"]!.GetValue<string>(), d => d!["verdict"]!.GetValue<string>());
        foreach (var document in documents)
        {
            var expected = document.Name.Contains(".invalid.", StringComparison.Ordinal) ? "reject" : "accept";
            var ours = await JudgeAsync(document);

            Assert.True(expected == ours, $"{document.Name}: our engine says {ours}");
            var graphqlJs = Deviations.ContainsKey(document.Name) ? "reject" : verdicts[document.Name];
            Assert.True(expected == graphqlJs, $"{document.Name}: graphql-js says {verdicts[document.Name]}");
        }

        Assert.True(documents.Count >= 35);
    }

    private async Task<string> JudgeAsync(Document document)
    {
        var variables = document.Variables is null ? null : ExternalValue(document.Variables) as IReadOnlyDictionary<string, object?>;
        var result = await fixture.UnlimitedExecutor.ExecuteAsync(new GraphQLRequest(document.Source, variables: variables));
        return result.Kind == ResultKind.Executed ? "accept" : "reject";
    }

    private async Task<JsonNode> IntrospectAsync()
    {
        var response = await new GraphClient(fixture, withoutCostLimits: true).DataAsync(IntrospectionQueries.Full);
        return response.DeepClone();
    }

    private static List<Document> ReadDocuments()
    {
        var corpus = Directory.GetFiles(CorpusFolder, "*.graphql").Select(path => Read(path, Path.GetFileNameWithoutExtension(path)));
        var examples = Directory.GetFiles(RepositoryFolder.ExampleQueries, "*.graphql").Select(path => Read(path, "example.valid." + Path.GetFileNameWithoutExtension(path)));
        return [.. corpus.Concat(examples).OrderBy(static d => d.Name, StringComparer.Ordinal)];
    }

    private static Document Read(string path, string name)
    {
        var variablesFile = Path.ChangeExtension(path, ".json");
        return new Document(name, File.ReadAllText(path), File.Exists(variablesFile) ? JsonNode.Parse(File.ReadAllText(variablesFile)) : null);
    }

    private static JsonNode RunOracle(JsonNode introspection, IReadOnlyList<Document> documents)
    {
        var package = Path.Combine(RepositoryFolder.Root, "tests", "conformance");
        Assert.True(File.Exists(Path.Combine(package, "node_modules", "graphql", "package.json")), $"run `npm ci` in {package}");
        var request = new JsonObject
        {
            ["introspection"] = introspection,
            ["documents"] = new JsonArray([.. documents.Select(static d => (JsonNode)new JsonObject
            {
                ["name"] = d.Name,
                ["source"] = d.Source,
                ["variables"] = d.Variables?.DeepClone(),
            })]),
        };
        var requestFile = Path.Combine(Path.GetTempPath(), $"oid-graph-oracle-{Guid.NewGuid():N}.json");
        File.WriteAllText(requestFile, request.ToJsonString());
        try
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = package, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("oracle.mjs");
            start.ArgumentList.Add(requestFile);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "oracle.mjs did not finish");
            Assert.True(process.ExitCode == 0, stderr.Result);
            return JsonNode.Parse(output)!;
        }
        finally
        {
            File.Delete(requestFile);
        }
    }

    /// <summary>JSON as the transport hands variables to the executor: dictionaries, lists, strings, numbers, booleans.</summary>
    private static object? ExternalValue(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(static p => p.Key, static p => ExternalValue(p.Value)) as IReadOnlyDictionary<string, object?>,
        JsonArray array => array.Select(ExternalValue).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => value.GetValue<decimal>() is var number && number == decimal.Truncate(number) ? (object)(long)number : number,
        },
        _ => null,
    };

    private sealed record Document(string Name, string Source, JsonNode? Variables);
}
