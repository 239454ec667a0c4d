using System.Text;

namespace OpenIntegrationData.LocalPostgres;

/// <summary>Creating, checking and cleaning the cluster's data folder.</summary>
public sealed partial class LocalPostgresCluster
{
    private const UnixFileMode TraversableFolder =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private const UnixFileMode PrivateFolder =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private static bool IsInitialized(string dataDirectory) =>
        File.Exists(Path.Combine(dataDirectory, "PG_VERSION"));

    /// <summary>
    /// Runs initdb in a staging folder beside the data folder and renames it when complete,
    /// so an interrupted first start never leaves a half-made cluster behind.
    /// </summary>
    private static async Task InitializeAsync(
        PostgresBinaries binaries, string dataDirectory, LocalPostgresClusterOptions options, CancellationToken cancellationToken)
    {
        if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any())
        {
            throw new LocalPostgresClusterException(
                $"'{dataDirectory}' is not empty and holds no PostgreSQL cluster. Choose another data folder or empty it.");
        }

        var parent = Path.GetDirectoryName(dataDirectory) ?? "/";
        CreateFolder(parent, TraversableFolder);
        EnsureServiceUserCanReach(parent);

        var staging = dataDirectory + ".initdb";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        CreateFolder(staging, PrivateFolder);
        await GiveToServiceUserAsync(staging, options.Timeout, cancellationToken);

        List<string> arguments =
            ["-D", staging, "-U", Superuser, "-E", "UTF8", "--locale=C", "--auth=trust"];
        if (!options.Durable)
        {
            arguments.Add("--no-sync");
        }

        var outcome = await ClusterCommand.RunAsync(binaries.InitDb, arguments, options.Timeout, cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new LocalPostgresClusterException(
                $"initdb could not create a cluster in '{staging}':\n{outcome.Output}");
        }

        await File.AppendAllTextAsync(
            Path.Combine(staging, "postgresql.conf"), ServerSettings(options.Durable), Encoding.UTF8, cancellationToken);

        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory);
        }

        Directory.Move(staging, dataDirectory);
    }

    /// <summary>Loopback TCP only and no Unix socket, so nothing is needed outside the data folder.</summary>
    private static string ServerSettings(bool durable)
    {
        var settings = new StringBuilder()
            .AppendLine()
            .AppendLine("# Written by OpenIntegrationData's LocalPostgresCluster.")
            .AppendLine("listen_addresses = '127.0.0.1'")
            .AppendLine("unix_socket_directories = ''");
        if (!durable)
        {
            settings
                .AppendLine("# A throwaway cluster: speed over crash safety.")
                .AppendLine("fsync = off")
                .AppendLine("synchronous_commit = off")
                .AppendLine("full_page_writes = off");
        }

        return settings.ToString();
    }

    private static async Task<int> ReadServerMajorVersionAsync(
        PostgresBinaries binaries, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Prints for example "pg_ctl (PostgreSQL) 15.8 (Debian 15.8-1)".
        var outcome = await ClusterCommand.RunAsync(binaries.PgCtl, ["--version"], timeout, cancellationToken);
        const string marker = "(PostgreSQL) ";
        var start = outcome.Output.IndexOf(marker, StringComparison.Ordinal);
        if (!outcome.Succeeded || start < 0)
        {
            throw new LocalPostgresClusterException($"Could not read the version of '{binaries.PgCtl}':\n{outcome.Output}");
        }

        var digits = outcome.Output[(start + marker.Length)..].TakeWhile(char.IsAsciiDigit).ToArray();
        return int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void EnsureVersionMatches(string dataDirectory, int serverMajorVersion)
    {
        var folderVersion = File.ReadAllText(Path.Combine(dataDirectory, "PG_VERSION")).Trim();
        if (folderVersion == serverMajorVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return;
        }

        throw new LocalPostgresClusterException(
            $"The cluster in '{dataDirectory}' was made by PostgreSQL {folderVersion}, but the installed server is " +
            $"PostgreSQL {serverMajorVersion}. Delete that folder to start afresh, or install PostgreSQL {folderVersion}.");
    }

    /// <summary>
    /// After a crash of the owning process the server may still run (an orphan) or its pid file may
    /// remain with a number that now belongs to another process. Stop the orphan, drop the stale file.
    /// </summary>
    private static async Task ClearLeftoversAsync(
        PostgresBinaries binaries, string dataDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var pidFile = PidFile(dataDirectory);
        if (!File.Exists(pidFile))
        {
            return;
        }

        var firstLine = File.ReadLines(pidFile).FirstOrDefault();
        if (int.TryParse(firstLine, out var pid) && IsServerOf(pid, dataDirectory))
        {
            await StopServerAsync(binaries, dataDirectory, timeout, cancellationToken);
            return;
        }

        File.Delete(pidFile);
    }

    private static bool IsServerOf(int pid, string dataDirectory)
    {
        var commandLine = $"/proc/{pid}/cmdline";
        try
        {
            return File.Exists(commandLine) &&
                File.ReadAllText(commandLine).Split('\0').Contains(dataDirectory, StringComparer.Ordinal);
        }
        catch (IOException)
        {
            return false; // The process ended while we looked.
        }
    }

    private static async Task GiveToServiceUserAsync(string folder, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!ClusterCommand.RunsAsServiceUser)
        {
            return;
        }

        var owner = $"{ClusterCommand.ServiceUser}:{ClusterCommand.ServiceUser}";
        var outcome = await ClusterCommand.RunAsync("chown", [owner, folder], timeout, cancellationToken, asServiceUser: false);
        if (!outcome.Succeeded)
        {
            throw new LocalPostgresClusterException(
                $"Could not hand '{folder}' to the '{ClusterCommand.ServiceUser}' user:\n{outcome.Output}");
        }
    }

    /// <summary>
    /// Whether the server can walk down to <paramref name="dataDirectory"/> (always true when we are not root).
    /// Only the folders above it count: the data folder itself belongs to the server and is private (0700)
    /// once a cluster lives in it.
    /// </summary>
    public static bool IsReachableByServer(string dataDirectory) =>
        FindBlockingFolder(Path.GetDirectoryName(Path.GetFullPath(dataDirectory)) ?? "/") is null;

    private static void EnsureServiceUserCanReach(string folder)
    {
        var blocking = FindBlockingFolder(folder);
        if (blocking is null)
        {
            return;
        }

        throw new LocalPostgresClusterException(
            $"PostgreSQL refuses to run as root, so it runs as the '{ClusterCommand.ServiceUser}' user, " +
            $"which may not enter '{blocking}'. Choose a data folder it can reach, allow it in " +
            $"(`chmod o+x {blocking}`), or run as a normal user.");
    }

    /// <summary>The first existing folder on the way to <paramref name="folder"/>, itself included, that others may not enter, when we are root.</summary>
    private static string? FindBlockingFolder(string folder)
    {
        if (OperatingSystem.IsWindows() || !ClusterCommand.RunsAsServiceUser)
        {
            return null;
        }

        for (var current = Path.GetFullPath(folder); !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (Directory.Exists(current) && (File.GetUnixFileMode(current) & UnixFileMode.OtherExecute) == 0)
            {
                return current;
            }
        }

        return null;
    }

    private static void CreateFolder(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, mode);
    }
}
