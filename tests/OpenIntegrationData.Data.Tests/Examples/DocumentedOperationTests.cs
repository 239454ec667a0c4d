using System.Text.RegularExpressions;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Examples;

/// <summary>
/// Every operation a reader is shown outside <c>docs/queries</c> runs against the seed data: fenced <c>graphql</c>
/// blocks, inline <c>`{ … }`</c> code and curl <c>query=</c> arguments in the READMEs, and the <c>`{ … }`</c> examples
/// the API's own messages give (the CSV download's error, for one).
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed partial class DocumentedOperationTests(SeededGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);

    public static TheoryData<string, string> Operations()
    {
        var data = new TheoryData<string, string>();
        foreach (var (where, operation) in ReadmeOperations().Concat(MessageOperations()))
        {
            data.Add(where, operation);
        }

        return data;
    }

    [Fact]
    public void Operations_TheReadmeAndTheCsvErrorMessage_AreFound()
    {
        var places = Operations().Select(static row => (string)row[0]).ToList();

        Assert.Contains(places, static p => p.StartsWith("README.md", StringComparison.Ordinal));
        Assert.Contains(places, static p => p.EndsWith("ConnectionTable.cs", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_ShownToReaders_RunsAndFindsSomething(string where, string operation)
    {
        var data = await _client.DataAsync(operation);

        Assert.True(data.ToJsonString() is not ("{}" or "null"), where);
        Assert.DoesNotContain("[]", data.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>Operations in the repository's own READMEs (the tests' folders hold other schemas' examples).</summary>
    private static IEnumerable<(string Where, string Operation)> ReadmeOperations()
    {
        var readmes = Directory.EnumerateFiles(RepositoryFolder.Root, "README.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryFolder.Root, path))
            .Where(static path => !path.Split(Path.DirectorySeparatorChar).Any(static part => part is "tests" or "node_modules" or "bin" or "obj" or ".git"))
            .Order(StringComparer.Ordinal);
        foreach (var readme in readmes)
        {
            var text = File.ReadAllText(Path.Combine(RepositoryFolder.Root, readme));
            foreach (Match block in FencedGraphQL().Matches(text))
            {
                yield return (readme, block.Groups["op"].Value);
            }

            foreach (Match query in CurlQuery().Matches(text))
            {
                yield return (readme, query.Groups["op"].Value);
            }

            foreach (Match inline in InlineOperation().Matches(text))
            {
                yield return (readme, inline.Groups["op"].Value);
            }
        }
    }

    /// <summary>Operations given as examples in the API's messages: <c>`{ … }`</c> inside C# string literals.</summary>
    private static IEnumerable<(string Where, string Operation)> MessageOperations()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Root, "api"), "*.cs", SearchOption.AllDirectories)
            .Where(static path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var line in File.ReadLines(source).Where(static l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            {
                foreach (Match inline in InlineOperation().Matches(line))
                {
                    yield return (Path.GetRelativePath(RepositoryFolder.Root, source), inline.Groups["op"].Value);
                }
            }
        }
    }

    [GeneratedRegex(@"```graphql\n(?<op>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedGraphQL();

    [GeneratedRegex(@"query=(?<op>\{.*?\})'")]
    private static partial Regex CurlQuery();

    /// <summary>Inline code that is a whole operation: <c>`{ name …}`</c>, not JSON (<c>{"id": …}</c>) or an ellipsis.</summary>
    [GeneratedRegex(@"`(?<op>\{ [_A-Za-z][^`]*\})`")]
    private static partial Regex InlineOperation();
}
