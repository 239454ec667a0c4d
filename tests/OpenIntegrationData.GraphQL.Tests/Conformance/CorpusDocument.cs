using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenIntegrationData.GraphQL.Tests.Conformance;

/// <summary>
/// One corpus case: <c>RULE.valid|invalid.CASE.graphql</c>, with the variables of a sibling
/// <c>.json</c> file and the operation named by a <c>#! operationName: X</c> comment line — the
/// format of the shared corpus (<c>tools/conformance/README.md</c>).
/// </summary>
internal sealed partial record CorpusDocument(string Name, string Source, string? VariablesJson, string? OperationName)
{
    /// <summary>The label in the file name: true for <c>.valid.</c>, false for <c>.invalid.</c>, null for neither.</summary>
    public bool? Label =>
        Name.Contains(".invalid.", StringComparison.Ordinal) ? false : Name.Contains(".valid.", StringComparison.Ordinal) ? true : null;

    /// <summary>The rule the file name starts with (<c>values-of-correct-type</c>, <c>syntax</c>, …).</summary>
    public string Rule => Path.GetFileName(Name).Split('.')[0];

    /// <summary>The variables as the transport would hand them over: JSON decoded to external values.</summary>
    public IReadOnlyDictionary<string, object?>? Variables =>
        VariablesJson is null ? null : ExternalValues.FromJson(JsonDocument.Parse(VariablesJson).RootElement) as IReadOnlyDictionary<string, object?>;

    /// <summary>Every <c>.graphql</c> file of <paramref name="folder"/>, sorted, named <c>prefix/FILE</c>.</summary>
    public static IReadOnlyList<CorpusDocument> ReadFolder(string folder, string prefix) =>
        [.. Directory.GetFiles(folder, "*.graphql", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => Read(file, $"{prefix}/{Path.GetRelativePath(folder, file).Replace('\\', '/')}"))];

    private static CorpusDocument Read(string file, string name)
    {
        var source = File.ReadAllText(file);
        var variablesFile = Path.ChangeExtension(file, ".json");
        var variables = File.Exists(variablesFile) ? File.ReadAllText(variablesFile) : null;
        var operationName = OperationNameComment().Match(source) is { Success: true } match ? match.Groups[1].Value : null;
        return new CorpusDocument(name, source, variables, operationName);
    }

    [GeneratedRegex(@"^[ \t]*#!\s*operationName:\s*([_A-Za-z][_0-9A-Za-z]*)\s*$", RegexOptions.Multiline)]
    private static partial Regex OperationNameComment();
}
