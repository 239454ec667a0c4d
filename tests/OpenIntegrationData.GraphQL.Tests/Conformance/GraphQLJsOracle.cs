using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenIntegrationData.GraphQL.Tests.Conformance;

/// <summary>
/// graphql-js 16 as a judge: runs <c>tests/conformance/oracle.mjs</c> once for a whole batch of
/// documents against the schema described by our own introspection result.
/// </summary>
internal static class GraphQLJsOracle
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>graphql-js's view of the schema and its verdict on every document.</summary>
    /// <exception cref="InvalidOperationException">When Node.js or the npm packages are missing, or the oracle fails.</exception>
    public static OracleAnswer Judge(JsonNode introspection, IEnumerable<CorpusDocument> documents)
    {
        var script = Path.Combine(RepositoryPaths.NodePackage, "oracle.mjs");
        var graphqlPackage = Path.Combine(RepositoryPaths.NodePackage, "node_modules", "graphql", "package.json");
        if (!File.Exists(graphqlPackage))
        {
            throw new InvalidOperationException(
                $"graphql-js is not installed: run `npm ci` in {RepositoryPaths.NodePackage} (needs Node.js 20 or later).");
        }

        var request = new JsonObject
        {
            ["introspection"] = introspection.DeepClone(),
            ["documents"] = new JsonArray([.. documents.Select(ToJson)]),
        };
        var requestFile = Path.Combine(Path.GetTempPath(), $"oid-oracle-{Guid.NewGuid():N}.json");
        File.WriteAllText(requestFile, request.ToJsonString());
        try
        {
            var output = RunNode(script, requestFile);
            return OracleAnswer.FromJson(output);
        }
        finally
        {
            File.Delete(requestFile);
        }
    }

    private static JsonObject ToJson(CorpusDocument document) => new()
    {
        ["name"] = document.Name,
        ["source"] = document.Source,
        ["variables"] = document.VariablesJson is null ? null : JsonNode.Parse(document.VariablesJson),
        ["operationName"] = document.OperationName,
    };

    private static string RunNode(string script, string requestFile)
    {
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, requestFile },
            WorkingDirectory = RepositoryPaths.NodePackage,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("`node` did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("Node.js (`node`, version 20 or later) must be on the PATH to run the differential suite.", exception);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"oracle.mjs did not finish within {Timeout}.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"oracle.mjs failed with exit code {process.ExitCode}: {stderr.Result}");
            }

            return stdout;
        }
    }
}

/// <summary>What graphql-js said: schema validation errors, its SDL of the schema, and a verdict per document.</summary>
internal sealed record OracleAnswer(IReadOnlyList<string> SchemaErrors, string Sdl, IReadOnlyDictionary<string, Verdict> Verdicts)
{
    public static OracleAnswer FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var schema = root.GetProperty("schema");
        var errors = schema.GetProperty("errors").EnumerateArray().Select(static e => e.GetString()!).ToList();
        var verdicts = new Dictionary<string, Verdict>(StringComparer.Ordinal);
        foreach (var entry in root.GetProperty("documents").EnumerateArray())
        {
            var stage = entry.GetProperty("stage");
            verdicts[entry.GetProperty("name").GetString()!] = new Verdict(
                entry.GetProperty("verdict").GetString() == "accept",
                stage.ValueKind == JsonValueKind.Null ? null : stage.GetString(),
                [.. entry.GetProperty("messages").EnumerateArray().Select(static m => m.GetString()!)]);
        }

        return new OracleAnswer(errors, schema.GetProperty("sdl").GetString()!, verdicts);
    }
}
