using System.Text.Json;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Benchmarks;

/// <summary>
/// A document of <c>benchmarks/documents</c> (shared with the graphql-js script) with the
/// variables of its sibling <c>.json</c> file.
/// </summary>
public sealed class BenchmarkDocument
{
    private BenchmarkDocument(string name, string text, IReadOnlyDictionary<string, object?>? variables)
    {
        Name = name;
        Text = text;
        Variables = variables;
    }

    public string Name { get; }

    public string Text { get; }

    public IReadOnlyDictionary<string, object?>? Variables { get; }

    public GraphQLRequest Request => new(Text, variables: Variables);

    public static BenchmarkDocument Load(string name)
    {
        var folder = DocumentsFolder();
        var text = File.ReadAllText(Path.Combine(folder, name + ".graphql"));
        var variablesFile = Path.Combine(folder, name + ".json");
        var variables = File.Exists(variablesFile)
            ? (IReadOnlyDictionary<string, object?>)FromJson(JsonDocument.Parse(File.ReadAllText(variablesFile)).RootElement)!
            : null;
        return new BenchmarkDocument(name, text, variables);
    }

    /// <summary>
    /// <c>benchmarks/documents</c>: found from the BENCHMARK_DOCUMENTS variable, else above the
    /// working directory or the program (the build output may live outside the repository).
    /// </summary>
    public static string DocumentsFolder()
    {
        if (Environment.GetEnvironmentVariable("BENCHMARK_DOCUMENTS") is { Length: > 0 } configured)
        {
            return configured;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "benchmarks", "documents");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("benchmarks/documents not found; run from the repository or set BENCHMARK_DOCUMENTS.");
    }

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        _ => element.EnumerateObject().ToDictionary(static p => p.Name, static p => FromJson(p.Value)),
    };
}
