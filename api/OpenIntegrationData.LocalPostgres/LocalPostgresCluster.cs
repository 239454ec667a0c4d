namespace OpenIntegrationData.LocalPostgres;

/// <summary>
/// A private PostgreSQL cluster run from the installed server programs: listens on 127.0.0.1 only
/// (on a free port, no Unix socket), trusts local connections as the <c>postgres</c> superuser,
/// and keeps its files in one data folder that is created on first start and reused afterwards.
/// When this process is root the server runs as the <c>postgres</c> OS user, because PostgreSQL refuses root.
/// The process that starts the server owns it and stops it; a second process that starts the same folder
/// meanwhile (an <c>import</c> beside the running API) attaches to the running server and leaves it running.
/// </summary>
public sealed partial class LocalPostgresCluster : IAsyncDisposable
{
    public const string Superuser = "postgres";

    private const int StartAttempts = 3;

    private readonly PostgresBinaries _binaries;
    private readonly TimeSpan _timeout;
    private FileStream? _ownership;
    private int _stopped;

    private LocalPostgresCluster(PostgresBinaries binaries, string dataDirectory, int port, TimeSpan timeout, FileStream? ownership)
    {
        _binaries = binaries;
        DataDirectory = dataDirectory;
        Port = port;
        _timeout = timeout;
        _ownership = ownership;
    }

    public string DataDirectory { get; }

    public int Port { get; }

    /// <summary>True when this process started the server (and stops it); false when it attached to another's.</summary>
    public bool IsOwner => _ownership is not null;

    /// <summary>Connection string for the maintenance database <c>postgres</c>.</summary>
    public string ConnectionString => GetConnectionString("postgres");

    public string GetConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={Superuser};Database={database}";

    /// <summary>
    /// Creates the cluster when its data folder is new, clears what a crashed earlier run left behind,
    /// and starts the server. Returns once it accepts connections.
    /// </summary>
    /// <exception cref="LocalPostgresClusterException">The server programs are missing or the server did not start.</exception>
    public static async Task<LocalPostgresCluster> StartAsync(
        LocalPostgresClusterOptions options, CancellationToken cancellationToken = default)
    {
        var binaries = PostgresBinaries.Locate(options.BinDirectory);
        var dataDirectory = Path.GetFullPath(options.DataDirectory);
        var serverVersion = await ReadServerMajorVersionAsync(binaries, options.Timeout, cancellationToken);

        var ownership = TryTakeOwnership(dataDirectory);
        if (ownership is null)
        {
            return await AttachAsync(binaries, dataDirectory, options.Timeout, cancellationToken);
        }

        try
        {
            return await StartOwnedAsync(binaries, dataDirectory, serverVersion, options, ownership, cancellationToken);
        }
        catch
        {
            await ownership.DisposeAsync();
            throw;
        }
    }

    private static async Task<LocalPostgresCluster> StartOwnedAsync(
        PostgresBinaries binaries,
        string dataDirectory,
        int serverVersion,
        LocalPostgresClusterOptions options,
        FileStream ownership,
        CancellationToken cancellationToken)
    {
        if (!IsInitialized(dataDirectory))
        {
            await InitializeAsync(binaries, dataDirectory, options, cancellationToken);
        }

        EnsureVersionMatches(dataDirectory, serverVersion);
        await ClearLeftoversAsync(binaries, dataDirectory, options.Timeout, cancellationToken);

        for (var attempt = 1; ; attempt++)
        {
            var port = FreeTcpPort.Next();
            var started = await TryStartServerAsync(binaries, dataDirectory, port, options.Timeout, cancellationToken);
            if (started)
            {
                return new LocalPostgresCluster(binaries, dataDirectory, port, options.Timeout, ownership);
            }

            // Another process may have taken the port between our probe and the server's bind.
            if (attempt == StartAttempts || !LogTail(dataDirectory).Contains("could not bind", StringComparison.Ordinal))
            {
                throw new LocalPostgresClusterException(
                    $"PostgreSQL did not start from '{dataDirectory}'. Server log:\n{LogTail(dataDirectory)}");
            }
        }
    }

    /// <summary>
    /// Stops the server when this process owns it (fast shutdown: open sessions are ended); an attached
    /// process leaves it running for its owner. Calling it again does nothing.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1 || _ownership is null)
        {
            return;
        }

        await StopServerAsync(_binaries, DataDirectory, _timeout, cancellationToken);
        await _ownership.DisposeAsync();
        _ownership = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>
    /// Restarts the server on the same port, as an administrator's restart does (fast shutdown: open sessions are
    /// ended, so connections pooled by clients go stale). <paramref name="whileDown"/> runs while nothing answers.
    /// Only the owner restarts.
    /// </summary>
    public async Task RestartAsync(Func<Task>? whileDown = null, CancellationToken cancellationToken = default)
    {
        if (_ownership is null)
        {
            throw new InvalidOperationException($"Only the process that started the server in '{DataDirectory}' restarts it.");
        }

        await StopServerAsync(_binaries, DataDirectory, _timeout, cancellationToken);
        if (whileDown is not null)
        {
            await whileDown();
        }

        if (!await TryStartServerAsync(_binaries, DataDirectory, Port, _timeout, cancellationToken))
        {
            throw new LocalPostgresClusterException(
                $"PostgreSQL did not start again from '{DataDirectory}' on port {Port}. Server log:\n{LogTail(DataDirectory)}");
        }
    }

    private static async Task<bool> TryStartServerAsync(
        PostgresBinaries binaries, string dataDirectory, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var outcome = await ClusterCommand.RunAsync(
            binaries.PgCtl,
            ["start", "-D", dataDirectory, "-l", LogFile(dataDirectory), "-w", "-t", $"{timeout.TotalSeconds:0}", "-o", $"-p {port}"],
            timeout + TimeSpan.FromSeconds(10),
            cancellationToken);
        return outcome.Succeeded;
    }

    private static async Task StopServerAsync(
        PostgresBinaries binaries, string dataDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var outcome = await ClusterCommand.RunAsync(
            binaries.PgCtl,
            ["stop", "-D", dataDirectory, "-m", "fast", "-w", "-t", $"{timeout.TotalSeconds:0}"],
            timeout + TimeSpan.FromSeconds(10),
            cancellationToken);
        if (!outcome.Succeeded && File.Exists(PidFile(dataDirectory)))
        {
            throw new LocalPostgresClusterException(
                $"PostgreSQL in '{dataDirectory}' did not stop:\n{outcome.Output}");
        }
    }

    private static string LogFile(string dataDirectory) => Path.Combine(dataDirectory, "server.log");

    private static string PidFile(string dataDirectory) => Path.Combine(dataDirectory, "postmaster.pid");

    private static string LogTail(string dataDirectory)
    {
        var log = LogFile(dataDirectory);
        if (!File.Exists(log))
        {
            return "(no server log was written)";
        }

        var lines = File.ReadAllLines(log);
        return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 20)));
    }
}
