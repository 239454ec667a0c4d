using System.Runtime.CompilerServices;

namespace OpenIntegrationData.SeedBuilder.Tests.Support;

/// <summary>
/// The public data the readers read: <c>shared/data</c> beside the clone (CI puts <c>../shared</c> there) or beside
/// one of its parent folders (a worktree under <c>/work/wt/name</c> finds <c>/work/shared</c>);
/// <c>OID_SHARED_DATA</c> names another folder.
/// </summary>
internal static class SharedData
{
    private const string SolutionFile = "OpenIntegrationData.sln";

    public static string RepositoryRoot { get; } = FindUp(AppContext.BaseDirectory, d => File.Exists(System.IO.Path.Combine(d, SolutionFile)))
        ?? FindUp(SourceFolder(), d => File.Exists(System.IO.Path.Combine(d, SolutionFile)))
        ?? throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}.");

    public static string Folder { get; } = Environment.GetEnvironmentVariable("OID_SHARED_DATA") is { Length: > 0 } configured
        ? configured
        : FindUp(RepositoryRoot, d => Directory.Exists(System.IO.Path.Combine(d, "..", "shared", "data"))) is { } beside
            ? System.IO.Path.GetFullPath(System.IO.Path.Combine(beside, "..", "shared", "data"))
            : throw new InvalidOperationException($"No shared/data beside {RepositoryRoot} or a folder above it; set OID_SHARED_DATA.");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Folder, .. parts]);

    private static string? FindUp(string start, Func<string, bool> found)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (found(folder.FullName))
            {
                return folder.FullName;
            }
        }
        return null;
    }

    private static string SourceFolder([CallerFilePath] string thisFile = "") => System.IO.Path.GetDirectoryName(thisFile)!;
}
