using System.Diagnostics;
using System.Text;
using Npgsql;
using OpenIntegrationData.LocalPostgres;

namespace OpenIntegrationData.Api.Tests.Replicas;

/// <summary>
/// A primary (a private cluster) and one streaming standby cloned from it with <c>pg_basebackup -R</c>, both on
/// 127.0.0.1 only, in a temporary folder removed on dispose. Runs the server programs as <c>postgres</c> when root.
/// </summary>
internal sealed class PrimaryAndStandby : IAsyncDisposable
{
    public const string Database = "oid";

    private readonly string _root;
    private readonly LocalPostgresCluster _primary;
    private readonly string _binaries;
    private bool _standbyRunning;

    private PrimaryAndStandby(string root, LocalPostgresCluster primary, string binaries, int standbyPort)
    {
        _root = root;
        _primary = primary;
        _binaries = binaries;
        StandbyPort = standbyPort;
    }

    public int PrimaryPort => _primary.Port;

    public int StandbyPort { get; }

    private string StandbyDirectory => Path.Combine(_root, "standby");

    /// <summary>Both hosts, the primary first, as an application would list them.</summary>
    public string MultiHostConnectionString =>
        $"Host=127.0.0.1:{PrimaryPort},127.0.0.1:{StandbyPort};Username={LocalPostgresCluster.Superuser};Database={Database}";

    public string PrimaryConnectionString => $"Host=127.0.0.1;Port={PrimaryPort};Username={LocalPostgresCluster.Superuser};Database={Database}";

    public string StandbyConnectionString => $"Host=127.0.0.1;Port={StandbyPort};Username={LocalPostgresCluster.Superuser};Database={Database};Pooling=false";

    public static async Task<PrimaryAndStandby> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), $"oid-replica-test-{Guid.NewGuid():N}");
        var primary = await LocalPostgresCluster.StartAsync(new LocalPostgresClusterOptions { DataDirectory = Path.Combine(root, "primary"), Durable = false });
        var binaries = Directory.GetDirectories("/usr/lib/postgresql").Order().Last() + "/bin";
        var pair = new PrimaryAndStandby(root, primary, binaries, FreePort());
        try
        {
            await using (var admin = new NpgsqlConnection(primary.ConnectionString))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"create database {Database}", admin);
                await create.ExecuteNonQueryAsync();
            }

            await pair.CloneAndStartStandbyAsync();
            return pair;
        }
        catch
        {
            await pair.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the standby at once (fast shutdown: its sessions end), as a failing replica would go away.</summary>
    public async Task StopStandbyAsync()
    {
        if (_standbyRunning)
        {
            _standbyRunning = false;
            await RunAsync("pg_ctl", "stop", "-D", StandbyDirectory, "-m", "fast", "-w");
        }
    }

    /// <summary>Whether the standby is in recovery, i.e. really a standby.</summary>
    public async Task<bool> StandbyIsInRecoveryAsync()
    {
        await using var connection = new NpgsqlConnection(StandbyConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select pg_is_in_recovery()", connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Sessions of the given application name on one host.</summary>
    public static async Task<long> SessionsAsync(string connectionString, string applicationName)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from pg_stat_activity where application_name = @name", connection);
        command.Parameters.AddWithValue("name", applicationName);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopStandbyAsync();
        }
        finally
        {
            await _primary.StopAsync();
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
    }

    private async Task CloneAndStartStandbyAsync()
    {
        // pg_basebackup wants an empty folder only its user may enter.
        Directory.CreateDirectory(StandbyDirectory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(StandbyDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (Environment.IsPrivilegedProcess)
        {
            await RunProcessAsync("chown", ["postgres:postgres", StandbyDirectory], asPostgres: false);
        }

        await RunAsync("pg_basebackup", "-h", "127.0.0.1", "-p", PrimaryPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U", LocalPostgresCluster.Superuser, "-D", StandbyDirectory, "-R", "-X", "stream", "-c", "fast");
        await RunAsync("pg_ctl", "start", "-D", StandbyDirectory, "-l", Path.Combine(StandbyDirectory, "standby.log"), "-w", "-t", "60",
            "-o", $"-p {StandbyPort}");
        _standbyRunning = true;
    }

    private Task RunAsync(string program, params string[] arguments) =>
        RunProcessAsync(Path.Combine(_binaries, program), arguments, asPostgres: Environment.IsPrivilegedProcess);

    private static async Task RunProcessAsync(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var startInfo = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        if (asPostgres)
        {
            foreach (var part in new[] { "-u", "postgres", "--", program })
            {
                startInfo.ArgumentList.Add(part);
            }
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        output.Append(await stdout).Append(await stderr);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
