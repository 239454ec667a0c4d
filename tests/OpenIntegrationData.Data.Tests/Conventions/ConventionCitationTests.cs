using System.Text.RegularExpressions;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Conventions;

/// <summary>Code cites docs/conventions.md by anchor; every cited anchor must exist there.</summary>
public sealed partial class ConventionCitationTests
{
    [Fact]
    public void Citations_NameAnchorsOfTheConventionsDocument()
    {
        var defined = AnchorDefinition().Matches(File.ReadAllText(Path.Combine(RepositoryFolder.Root, "docs", "conventions.md")))
            .Select(match => match.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

        var citations = new[] { "api", "engine", "tests", "benchmarks", "schema" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Root, folder), "*.*", SearchOption.AllDirectories))
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".md", StringComparison.Ordinal))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => Citation().Matches(File.ReadAllText(file)).Select(match => (File: Path.GetFileName(file), Anchor: match.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(citations);
        var broken = citations.Where(citation => !defined.Contains(citation.Anchor)).ToList();
        Assert.Empty(broken);
    }

    [GeneratedRegex("""<a id="([a-z0-9-]+)"></a>""")]
    private static partial Regex AnchorDefinition();

    [GeneratedRegex("""conventions\.md#([a-z0-9-]+)""")]
    private static partial Regex Citation();
}
