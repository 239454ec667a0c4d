namespace OpenIntegrationData.Data.Tests.SourceFigures;

/// <summary>
/// The published source files the seed data was built from (<c>../shared/data</c> beside the repository, or
/// <c>OID_SHARED_DATA</c>): the tests here read them on their own, not through the seed builder's readers.
/// </summary>
internal static class SharedDataFolder
{
    public static string Path { get; } = Find();

    public static string Cities(params string[] parts) => System.IO.Path.Combine([Path, "cities", .. parts]);

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("OID_SHARED_DATA") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(Support.RepositoryFolder.Root); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, "shared", "data");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "cities")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No shared/data folder beside the repository or its parents; set OID_SHARED_DATA.");
    }
}
