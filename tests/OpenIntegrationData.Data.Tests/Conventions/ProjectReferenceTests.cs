using System.Xml.Linq;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Conventions;

/// <summary>References point one way: Api → Import → Data → GraphQL engine; LocalPostgres stands apart.</summary>
public sealed class ProjectReferenceTests
{
    /// <summary>Each source project and the projects it may reference.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["OpenIntegrationData.GraphQL"] = [],
        ["OpenIntegrationData.LocalPostgres"] = [],
        ["OpenIntegrationData.Data"] = ["OpenIntegrationData.GraphQL"],
        ["OpenIntegrationData.Import"] = ["OpenIntegrationData.Data", "OpenIntegrationData.GraphQL"],
        ["OpenIntegrationData.Api"] =
            ["OpenIntegrationData.Import", "OpenIntegrationData.Data", "OpenIntegrationData.GraphQL", "OpenIntegrationData.LocalPostgres"],
    };

    [Fact]
    public void SourceProjects_AreTheKnownOnes()
    {
        var projects = SourceProjects().Select(project => project.Name).Order(StringComparer.Ordinal);

        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), projects);
    }

    [Fact]
    public void SourceProjects_ReferenceOnlyProjectsFurtherDownTheFlow()
    {
        var wrongWay = SourceProjects()
            .SelectMany(project => project.References
                .Where(reference => !Allowed.GetValueOrDefault(project.Name, []).Contains(reference))
                .Select(reference => $"{project.Name} → {reference}"))
            .ToList();

        Assert.Empty(wrongWay);
    }

    private static IEnumerable<(string Name, string[] References)> SourceProjects() =>
        new[] { "api", "engine" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Root, folder), "*.csproj", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => (Path.GetFileNameWithoutExtension(path), ReferencedProjects(path)));

    private static string[] ReferencedProjects(string projectFile) =>
        XDocument.Load(projectFile)
            .Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToArray();
}
