namespace OpenIntegrationData.LocalPostgres;

/// <summary>
/// Who runs the server: the process holding an exclusive lock on <c>&lt;data folder&gt;.lock</c>.
/// The kernel drops the lock when that process ends, however it ends, so a lock nobody holds means
/// any server still running is an orphan of a crash.
/// </summary>
public sealed partial class LocalPostgresCluster
{
    private static readonly TimeSpan AttachPollInterval = TimeSpan.FromMilliseconds(200);

    private static FileStream? TryTakeOwnership(string dataDirectory)
    {
        CreateFolder(Path.GetDirectoryName(dataDirectory) ?? "/", TraversableFolder);
        try
        {
            return new FileStream(dataDirectory + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Uses the server another live process runs from this folder, once it accepts connections.</summary>
    private static async Task<LocalPostgresCluster> AttachAsync(
        PostgresBinaries binaries, string dataDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var port = ReadReadyPort(dataDirectory);
            if (port is not null)
            {
                return new LocalPostgresCluster(binaries, dataDirectory, port.Value, timeout, ownership: null);
            }

            // The owner may be creating or starting the server right now.
            await Task.Delay(AttachPollInterval, cancellationToken);
        }

        throw new LocalPostgresClusterException(
            $"Another process holds '{dataDirectory}.lock' but its PostgreSQL server did not become ready " +
            $"within {timeout.TotalSeconds:0} s. Stop that process (the API?) and try again.");
    }

    /// <summary>The port from postmaster.pid (line 4) once its status line (8) says the server is ready.</summary>
    private static int? ReadReadyPort(string dataDirectory)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(PidFile(dataDirectory));
        }
        catch (IOException)
        {
            return null;
        }

        if (lines.Length < 8 || lines[7].Trim() != "ready" || !int.TryParse(lines[3], out var port))
        {
            return null;
        }

        return port;
    }

    /// <summary>Lets go of the server without stopping it, as a crashed process would. For tests only.</summary>
    internal void AbandonAsIfCrashed()
    {
        _ownership?.Dispose();
        _ownership = null;
        _stopped = 1;
    }
}
