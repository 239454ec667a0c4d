using Npgsql;
using OpenIntegrationData.LocalPostgres;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>The database the API talks to, the health check's own connection to it, and the private cluster behind it when there is one.</summary>
internal sealed class ConnectedDatabase(NpgsqlDataSource dataSource, NpgsqlDataSource healthDataSource, LocalPostgresCluster? cluster) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = dataSource;

    public NpgsqlDataSource HealthDataSource { get; } = healthDataSource;

    public LocalPostgresCluster? Cluster { get; } = cluster;

    /// <summary>Closes the connections, then stops the private cluster if we started one.</summary>
    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await HealthDataSource.DisposeAsync();
        if (Cluster is not null)
        {
            await Cluster.StopAsync();
        }
    }
}
