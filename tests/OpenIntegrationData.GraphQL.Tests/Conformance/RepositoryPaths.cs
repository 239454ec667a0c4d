using System.Runtime.CompilerServices;

namespace OpenIntegrationData.GraphQL.Tests.Conformance;

/// <summary>Where the repository and the conformance material live on disk.</summary>
internal static class RepositoryPaths
{
    private const string SolutionFile = "OpenIntegrationData.sln";

    /// <summary>
    /// The repository root: the first folder above the test assembly that holds the solution
    /// file; when the build output lives outside the repository (<c>--artifacts-path</c>), the
    /// first such folder above this source file.
    /// </summary>
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory) ?? FindRoot(SourceFolder())
        ?? throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}.");

    /// <summary>The corpus of documents the team writes (Conformance/Corpus).</summary>
    public static string Corpus => Path.Combine(SourceFolder(), "Corpus");

    /// <summary>The conformance folder of this test project (deviations live here).</summary>
    public static string ConformanceFolder => SourceFolder();

    /// <summary>The Node package that holds graphql-js and oracle.mjs.</summary>
    public static string NodePackage => Path.Combine(Root, "tests", "conformance");

    /// <summary>The shared, schema-independent corpus beside the repository (absent outside the workspace).</summary>
    public static string SharedCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "tools", "conformance", "corpus"));

    private static string? FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    private static string SourceFolder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
