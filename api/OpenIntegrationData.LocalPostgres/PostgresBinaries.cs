namespace OpenIntegrationData.LocalPostgres;

/// <summary>
/// The installed PostgreSQL server programs a <see cref="LocalPostgresCluster"/> needs:
/// <c>initdb</c>, <c>pg_ctl</c> and <c>postgres</c>, all from the same folder.
/// </summary>
public sealed record PostgresBinaries(string Directory)
{
    private const string InstallHint =
        "Install the PostgreSQL server (Debian/Ubuntu: `sudo apt-get install -y postgresql`), " +
        "or set ConnectionStrings__Postgres to use an existing database.";

    public string InitDb => Path.Combine(Directory, "initdb");

    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>Finds the server programs on PATH, else the newest under /usr/lib/postgresql/*/bin (Debian's layout).</summary>
    /// <exception cref="LocalPostgresClusterException">No folder holds all three programs.</exception>
    public static PostgresBinaries Locate(string? preferredDirectory = null) => Locate(Candidates(preferredDirectory));

    /// <summary>The first of <paramref name="candidates"/> that holds all three programs.</summary>
    internal static PostgresBinaries Locate(IEnumerable<string> candidates)
    {
        var found = candidates.FirstOrDefault(HasServerPrograms);
        if (found is not null)
        {
            return new PostgresBinaries(found);
        }

        throw new LocalPostgresClusterException(
            "The PostgreSQL server programs (initdb, pg_ctl, postgres) were not found on PATH or under /usr/lib/postgresql/*/bin. " +
            InstallHint);
    }

    private static IEnumerable<string> Candidates(string? preferredDirectory)
    {
        if (!string.IsNullOrEmpty(preferredDirectory))
        {
            yield return preferredDirectory;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return directory;
        }

        foreach (var directory in DebianVersionFolders())
        {
            yield return directory;
        }
    }

    private static IEnumerable<string> DebianVersionFolders()
    {
        const string root = "/usr/lib/postgresql";
        if (!System.IO.Directory.Exists(root))
        {
            return [];
        }

        return System.IO.Directory.EnumerateDirectories(root)
            .Select(folder => (Folder: folder, Version: ParseVersion(Path.GetFileName(folder))))
            .OrderByDescending(entry => entry.Version)
            .Select(entry => Path.Combine(entry.Folder, "bin"));
    }

    private static double ParseVersion(string name) =>
        double.TryParse(name, System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : 0;

    private static bool HasServerPrograms(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) &&
        File.Exists(Path.Combine(directory, "pg_ctl")) &&
        File.Exists(Path.Combine(directory, "postgres"));
}
