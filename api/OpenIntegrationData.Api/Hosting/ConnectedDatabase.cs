using Npgsql;
using OpenIntegrationData.LocalPostgres;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>
/// The database the API talks to, the health check's own connection to it, the owner's connection that migrates
/// and imports (the same as the served one unless <c>ConnectionStrings:PostgresOwner</c> is set), and the private
/// cluster behind it when there is one.
/// </summary>
internal sealed class ConnectedDatabase(
    NpgsqlDataSource dataSource,
    NpgsqlDataSource healthDataSource,
    NpgsqlDataSource? ownerDataSource,
    string ownerConnectionString,
    string servedConnectionString,
    LocalPostgresCluster? cluster) : IAsyncDisposable
{
    /// <summary>What requests read with: the served role.</summary>
    public NpgsqlDataSource DataSource { get; } = dataSource;

    /// <summary>What migrations, the seed data and imports write with: the owner role.</summary>
    public NpgsqlDataSource OwnerDataSource { get; } = ownerDataSource ?? dataSource;

    public NpgsqlDataSource HealthDataSource { get; } = healthDataSource;

    /// <summary>The owner's connection string, for the schema migrations (EF Core opens its own connections).</summary>
    public string OwnerConnectionString { get; } = ownerConnectionString;

    /// <summary>The served role's connection string, for connections outside the pool (the data version's listener).</summary>
    public string ServedConnectionString { get; } = servedConnectionString;

    public LocalPostgresCluster? Cluster { get; } = cluster;

    /// <summary>Closes the connections, then stops the private cluster if we started one.</summary>
    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await HealthDataSource.DisposeAsync();
        if (!ReferenceEquals(OwnerDataSource, DataSource))
        {
            await OwnerDataSource.DisposeAsync();
        }

        if (Cluster is not null)
        {
            await Cluster.StopAsync();
        }
    }
}
