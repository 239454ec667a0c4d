using System.Text.Json;

namespace OpenIntegrationData.GraphQL.Tests.Conformance;

/// <summary>
/// One corpus document on which we knowingly disagree with graphql-js: the machine-readable
/// twin of an entry in <c>deviations.md</c> (<see cref="Section"/> names its heading there).
/// </summary>
internal sealed record Deviation(string Document, string Section, string Reason)
{
    /// <summary>The entries of <c>deviations.json</c> by document name.</summary>
    public static IReadOnlyDictionary<string, Deviation> ReadAll()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.ConformanceFolder, "deviations.json")));
        return json.RootElement.GetProperty("deviations").EnumerateArray()
            .Select(static e => new Deviation(
                e.GetProperty("document").GetString()!,
                e.GetProperty("section").GetString()!,
                e.GetProperty("reason").GetString()!))
            .ToDictionary(static d => d.Document, StringComparer.Ordinal);
    }
}
