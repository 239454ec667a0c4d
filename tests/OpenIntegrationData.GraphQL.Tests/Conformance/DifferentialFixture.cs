using System.Text.Json.Nodes;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Tests.Introspection;

namespace OpenIntegrationData.GraphQL.Tests.Conformance;

/// <summary>
/// Runs the expensive part of the differential suite once per test run: introspects
/// <see cref="ConformanceSchema"/> through <see cref="RequestExecutor"/>, hands the result and
/// every corpus document to graphql-js in one Node.js call, and judges the same documents with
/// our engine.
/// </summary>
public sealed class DifferentialFixture
{
    public DifferentialFixture()
    {
        Introspection = Introspect();
        OwnCorpus = CorpusDocument.ReadFolder(RepositoryPaths.Corpus, "corpus");
        SharedCorpus = Directory.Exists(RepositoryPaths.SharedCorpus)
            ? CorpusDocument.ReadFolder(RepositoryPaths.SharedCorpus, "shared")
            : [];
        Oracle = GraphQLJsOracle.Judge(Introspection, OwnCorpus.Concat(SharedCorpus));
        var judge = new EngineJudge(ConformanceSchema.Schema);
        Ours = OwnCorpus.Concat(SharedCorpus).ToDictionary(static d => d.Name, judge.Judge, StringComparer.Ordinal);
        Deviations = Deviation.ReadAll();
    }

    internal JsonNode Introspection { get; }

    internal IReadOnlyList<CorpusDocument> OwnCorpus { get; }

    internal IReadOnlyList<CorpusDocument> SharedCorpus { get; }

    internal OracleAnswer Oracle { get; }

    internal IReadOnlyDictionary<string, Verdict> Ours { get; }

    internal IReadOnlyDictionary<string, Deviation> Deviations { get; }

    private static JsonNode Introspect()
    {
        var executor = ConformanceSchema.CreateExecutor();
        var result = executor.ExecuteAsync(new GraphQLRequest(IntrospectionQueries.Full)).GetAwaiter().GetResult();
        if (result.Kind != ResultKind.Executed || result.Errors.Count > 0)
        {
            throw new InvalidOperationException("The introspection query failed: " + string.Join(" | ", result.Errors.Select(static e => e.Message)));
        }

        return JsonNode.Parse(ResultJsonWriter.ToUtf8Bytes(result))!["data"]!;
    }
}
