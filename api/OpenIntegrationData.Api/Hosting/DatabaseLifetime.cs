using Microsoft.Extensions.Options;
using Npgsql;
using OpenIntegrationData.Api.Options;
using OpenIntegrationData.Data.Failures;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>
/// Ties the database to the host's life: before anything else starts it connects (starting the private
/// cluster when no connection string is configured), migrates and seeds; after the server has stopped
/// it closes the connections and stops the private cluster. When the database cannot be reached at start
/// the server starts anyway (<c>/alive</c> 200, <c>/health</c> and GraphQL 503) and keeps trying with
/// growing pauses, logging what it waits for, until the database answers.
/// </summary>
internal sealed partial class DatabaseLifetime(
    IOptions<DatabaseOptions> options,
    IHostApplicationLifetime application,
    ILogger<DatabaseLifetime> logger)
    : IHostedLifecycleService, IAsyncDisposable
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stopping = new();
    private ConnectedDatabase? _database;
    private Task _waiting = Task.CompletedTask;

    /// <summary>The one data source of the process.</summary>
    /// <exception cref="InvalidOperationException">The database is not connected yet.</exception>
    public NpgsqlDataSource DataSource =>
        _database?.DataSource ?? throw new InvalidOperationException("The database is not connected yet.");

    /// <summary>The health check's own connection (one, outside the request pool).</summary>
    /// <exception cref="InvalidOperationException">The database is not connected yet.</exception>
    public NpgsqlDataSource HealthDataSource =>
        _database?.HealthDataSource ?? throw new InvalidOperationException("The database is not connected yet.");

    /// <summary>The served role's connection string (the data version is watched outside the request pool).</summary>
    /// <exception cref="InvalidOperationException">The database is not connected yet.</exception>
    public string ServedConnectionString =>
        _database?.ServedConnectionString ?? throw new InvalidOperationException("The database is not connected yet.");

    public bool IsConnected => Volatile.Read(ref _database) is not null;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        // The first attempt holds up the start: when the database is there, the server opens ready.
        var unreachable = await TryConnectAsync(cancellationToken);
        if (unreachable is not null)
        {
            _waiting = Task.Run(() => KeepTryingAsync(unreachable, _stopping.Token), CancellationToken.None);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try
        {
            await _waiting;
        }
        catch (OperationCanceledException)
        {
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        var database = Interlocked.Exchange(ref _database, null);
        if (database is null)
        {
            return;
        }

        logger.LogInformation("Closing the database connections{Cluster}", database.Cluster is null ? "" : " and stopping the private cluster");
        await database.DisposeAsync();
    }

    /// <summary>Connects, migrates and seeds; null when done, the reason when the database cannot be reached (yet).</summary>
    private async Task<Exception?> TryConnectAsync(CancellationToken cancellationToken)
    {
        ConnectedDatabase? database = null;
        try
        {
            database = await DatabaseConnector.ConnectAsync(options.Value, logger, cancellationToken);
            await DatabasePreparation.PrepareAsync(database, options.Value, logger, cancellationToken);
            await ServedRoleGrant.GrantReadAsync(database, logger, cancellationToken);
            Volatile.Write(ref _database, database);
            return null;
        }
        catch (Exception exception) when (IsUnreachable(exception) && !cancellationToken.IsCancellationRequested)
        {
            if (database is not null)
            {
                await database.DisposeAsync();
            }

            return exception;
        }
        catch
        {
            if (database is not null)
            {
                await database.DisposeAsync();
            }

            throw;
        }
    }

    private async Task KeepTryingAsync(Exception reason, CancellationToken cancellationToken)
    {
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            LogWaiting(logger, Describe(reason), pause.TotalSeconds, attempt);
            await Task.Delay(pause, cancellationToken);
            try
            {
                if (await TryConnectAsync(cancellationToken) is not { } stillUnreachable)
                {
                    LogConnected(logger, attempt + 1);
                    return;
                }

                reason = stillUnreachable;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Reachable but unusable (a refused migration, broken seed data): a bug or a setup to fix, not a wait.
                LogGaveUp(logger, exception);
                Environment.ExitCode = 1;
                application.StopApplication();
                return;
            }

            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
        }
    }

    /// <summary>The database is down, restarting, not created yet, or refusing this user for now: worth waiting for.</summary>
    private static bool IsUnreachable(Exception exception) =>
        DatabaseErrors.Classify(exception) is DatabaseErrorCodes.DatabaseUnavailable or DatabaseErrorCodes.DatabaseTimeout
        || exception is TimeoutException or System.Net.Sockets.SocketException
        || (exception is PostgresException postgres && postgres.SqlState.StartsWith("28", StringComparison.Ordinal));

    private string Describe(Exception reason)
    {
        var target = options.Value.UsesLocalCluster
            ? "the private PostgreSQL cluster"
            : new NpgsqlConnectionStringBuilder(options.Value.ConnectionString) is var builder ? $"PostgreSQL at {builder.Host}:{builder.Port}, database {builder.Database}" : "PostgreSQL";
        return $"{target} ({reason.GetBaseException().Message})";
    }

    [LoggerMessage(Level = LogLevel.Warning, EventId = 1501, Message = "Waiting for {Target}; trying again in {PauseSeconds} s (attempt {Attempt})")]
    private static partial void LogWaiting(ILogger logger, string target, double pauseSeconds, int attempt);

    [LoggerMessage(Level = LogLevel.Information, EventId = 1502, Message = "The database answered after {Attempts} attempts; serving")]
    private static partial void LogConnected(ILogger logger, int attempts);

    [LoggerMessage(Level = LogLevel.Critical, EventId = 1503, Message = "The database answered but could not be prepared; stopping")]
    private static partial void LogGaveUp(ILogger logger, Exception exception);
}
