using Microsoft.Extensions.Options;
using Npgsql;
using OpenIntegrationData.Api.Options;
using OpenIntegrationData.Api.Transport.Caching;
using OpenIntegrationData.Data.Database;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>
/// Keeps <see cref="ServedDataVersion"/> current. Each database host the API reads from is watched over connections of
/// its own, outside the request pool. Where the host allows LISTEN (a primary), the monitor waits for a notification on
/// <see cref="DataVersionSql.Channel"/>, so a committed import is seen at once, and reads the version again every
/// <see cref="ListeningPollFactor"/> poll intervals in case it was raised without one. A standby refuses LISTEN and never
/// gets the primary's notifications: it learns of an import only by replaying it, so it is read every
/// <see cref="DatabaseOptions.DataVersionPollInterval"/>. An idle monitor throws nothing: Npgsql's timed wait for a
/// notification throws and catches several exceptions whenever it expires (once a second, it was the idle server's only
/// work), so the wait has no time limit and the safety reads come from a timer over a second connection.
/// With several hosts the served version is the lowest one reachable: an answer read from a standby that lags behind is
/// then never kept under a newer version than its data.
/// </summary>
internal sealed partial class DataVersionMonitor(
    DatabaseLifetime database,
    ServedDataVersion served,
    IOptions<DatabaseOptions> options,
    ILogger<DataVersionMonitor> logger) : BackgroundService
{
    /// <summary>A listening host is read again every this many poll intervals (30 s by default; at most daily), notified or not.</summary>
    internal const int ListeningPollFactor = 30;

    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!database.IsConnected)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), stoppingToken);
        }

        var hosts = ConnectionHosts.Split(database.ServedConnectionString);
        var versions = new long?[hosts.Count];
        var watchers = hosts.Select((host, index) => WatchAsync(host, version =>
        {
            lock (versions)
            {
                versions[index] = version;
                if (versions.Where(static v => v is not null).Min() is { } lowest)
                {
                    served.Set(lowest);
                }
            }
        }, stoppingToken));
        await Task.WhenAll(watchers);
    }

    /// <summary>Reports the version one host holds (null while it cannot be reached) until the server stops.</summary>
    private async Task WatchAsync(string connectionString, Action<long?> report, CancellationToken stoppingToken)
    {
        var interval = options.Value.DataVersionPollInterval;
        var pause = interval;
        await using var dataSource = ListenerDataSource(connectionString);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                var listening = await TryListenAsync(connection, stoppingToken);
                pause = interval;
                if (listening)
                {
                    var safetyInterval = TimeSpan.FromTicks(Math.Min(interval.Ticks * ListeningPollFactor, TimeSpan.TicksPerDay));
                    await ListenAsync(connection, dataSource, report, safetyInterval, stoppingToken);
                }
                else
                {
                    await PollAsync(connection, report, interval, stoppingToken);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                report(null);
                LogUnreachable(logger, HostOf(connectionString), exception.GetBaseException().Message);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
                await Task.Delay(pause, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Reads the version after every notification, and every <paramref name="safetyInterval"/> over a second connection of
    /// <paramref name="dataSource"/>. Reads take turns, so a read that began earlier never reports after one that began later.
    /// </summary>
    private static async Task ListenAsync(
        NpgsqlConnection listener, NpgsqlDataSource dataSource, Action<long?> report, TimeSpan safetyInterval, CancellationToken stoppingToken)
    {
        using var turn = new SemaphoreSlim(1, 1);
        async Task ReadAsync(NpgsqlConnection connection)
        {
            await turn.WaitAsync(stoppingToken);
            try
            {
                report(await DataVersionSql.ReadAsync(connection, stoppingToken));
            }
            finally
            {
                turn.Release();
            }
        }

        using var listening = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var safetyReads = SafetyReadsAsync(dataSource, ReadAsync, report, safetyInterval, listening.Token);
        try
        {
            await ReadAsync(listener);
            while (true)
            {
                // Returns when a notification arrives (or throws when the connection breaks); no time limit, see above.
                await listener.WaitAsync(stoppingToken);
                await ReadAsync(listener);
            }
        }
        finally
        {
            await listening.CancelAsync();
            await safetyReads;
        }
    }

    /// <summary>
    /// The timer's reads. One that fails reports the host unreachable, as the listener does when its connection breaks
    /// (the wait itself notices a host that vanished without closing the connection only through TCP keepalive).
    /// </summary>
    private static async Task SafetyReadsAsync(
        NpgsqlDataSource dataSource, Func<NpgsqlConnection, Task> read, Action<long?> report, TimeSpan interval, CancellationToken listening)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(listening))
            {
                try
                {
                    await using var connection = await dataSource.OpenConnectionAsync(listening);
                    await read(connection);
                }
                catch (Exception) when (!listening.IsCancellationRequested)
                {
                    report(null);
                }
            }
        }
        catch (OperationCanceledException) when (listening.IsCancellationRequested)
        {
            // The listener stopped (a lost connection or the server's shutdown).
        }
    }

    /// <summary>A host that cannot listen: the version is read every <paramref name="interval"/>.</summary>
    private static async Task PollAsync(NpgsqlConnection connection, Action<long?> report, TimeSpan interval, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            report(await DataVersionSql.ReadAsync(connection, stoppingToken));
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>LISTEN where the host allows it; a standby refuses it during recovery, and then polling alone must do.</summary>
    private static async Task<bool> TryListenAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await using var listen = new NpgsqlCommand($"listen {DataVersionSql.Channel}", connection);
            await listen.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        catch (PostgresException)
        {
            return false;
        }
    }

    /// <summary>
    /// The listener's connection and the safety reads' one, named so that <c>pg_stat_activity</c> tells them from the request
    /// pool. The operating system's TCP keepalive finds a lost host under a wait without a time limit (Npgsql's own
    /// keepalive would time the wait out, with the exceptions that come with it).
    /// </summary>
    private static NpgsqlDataSource ListenerDataSource(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = 2,
            MinPoolSize = 0,
            KeepAlive = 0,
            TcpKeepAlive = true,
            TcpKeepAliveTime = 30,
            TcpKeepAliveInterval = 5,
        };
        builder.ApplicationName = (string.IsNullOrEmpty(builder.ApplicationName) ? "OpenIntegrationData" : builder.ApplicationName) + " data version";
        return new NpgsqlDataSourceBuilder(builder.ConnectionString) { Name = "data-version" }.Build();
    }

    private static string HostOf(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) is var builder ? $"{builder.Host}:{builder.Port}" : "";

    [LoggerMessage(Level = LogLevel.Warning, EventId = 1601, Message = "Cannot read the data version from {Host}: {Reason}; cached answers stay at the last version seen")]
    private static partial void LogUnreachable(ILogger logger, string host, string reason);
}
