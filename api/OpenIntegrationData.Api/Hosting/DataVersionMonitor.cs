using Microsoft.Extensions.Options;
using Npgsql;
using OpenIntegrationData.Api.Options;
using OpenIntegrationData.Api.Transport.Caching;
using OpenIntegrationData.Data.Database;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>
/// Keeps <see cref="ServedDataVersion"/> current. Each database host the API reads from is watched over a connection
/// of its own, outside the request pool: it listens on <see cref="DataVersionSql.Channel"/>, so a committed import is
/// seen at once, and reads the version again every <see cref="DatabaseOptions.DataVersionPollInterval"/> in any case,
/// because a standby (which refuses LISTEN and never gets the primary's notifications) learns of an import only by
/// replaying it. With several hosts the served version is the lowest one reachable: an answer read from a standby that
/// lags behind is then never kept under a newer version than its data.
/// </summary>
internal sealed partial class DataVersionMonitor(
    DatabaseLifetime database,
    ServedDataVersion served,
    IOptions<DatabaseOptions> options,
    ILogger<DataVersionMonitor> logger) : BackgroundService
{
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
                while (!stoppingToken.IsCancellationRequested)
                {
                    report(await DataVersionSql.ReadAsync(connection, stoppingToken));
                    if (listening)
                    {
                        // Returns early when a notification arrives; the version is then read like any other time.
                        await connection.WaitAsync(interval, stoppingToken);
                    }
                    else
                    {
                        await Task.Delay(interval, stoppingToken);
                    }
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

    /// <summary>One connection, named so that <c>pg_stat_activity</c> tells it from the request pool.</summary>
    private static NpgsqlDataSource ListenerDataSource(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = 1,
            MinPoolSize = 0,
            KeepAlive = 30,
        };
        builder.ApplicationName = (string.IsNullOrEmpty(builder.ApplicationName) ? "OpenIntegrationData" : builder.ApplicationName) + " data version";
        return new NpgsqlDataSourceBuilder(builder.ConnectionString) { Name = "data-version" }.Build();
    }

    private static string HostOf(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) is var builder ? $"{builder.Host}:{builder.Port}" : "";

    [LoggerMessage(Level = LogLevel.Warning, EventId = 1601, Message = "Cannot read the data version from {Host}: {Reason}; cached answers stay at the last version seen")]
    private static partial void LogUnreachable(ILogger logger, string host, string reason);
}
