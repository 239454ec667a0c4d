using Microsoft.Extensions.Options;
using Npgsql;
using OpenIntegrationData.Api.Options;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>
/// Ties the database to the host's life: before anything else starts it connects (starting the private
/// cluster when no connection string is configured), migrates and seeds; after the server has stopped
/// it closes the connections and stops the private cluster.
/// </summary>
internal sealed class DatabaseLifetime(IOptions<DatabaseOptions> options, ILogger<DatabaseLifetime> logger)
    : IHostedLifecycleService, IAsyncDisposable
{
    private ConnectedDatabase? _database;

    /// <summary>The one data source of the process.</summary>
    /// <exception cref="InvalidOperationException">The host has not started yet.</exception>
    public NpgsqlDataSource DataSource =>
        _database?.DataSource ?? throw new InvalidOperationException("The database is not connected before the host starts.");

    /// <summary>The health check's own connection (one, outside the request pool).</summary>
    /// <exception cref="InvalidOperationException">The host has not started yet.</exception>
    public NpgsqlDataSource HealthDataSource =>
        _database?.HealthDataSource ?? throw new InvalidOperationException("The database is not connected before the host starts.");

    public bool IsConnected => _database is not null;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var database = await DatabaseConnector.ConnectAsync(options.Value, logger, cancellationToken);
        try
        {
            await DatabasePreparation.PrepareAsync(database.DataSource, options.Value, logger, cancellationToken);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }

        _database = database;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
}
