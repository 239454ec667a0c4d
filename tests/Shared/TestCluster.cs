using OpenIntegrationData.LocalPostgres;

namespace OpenIntegrationData.Testing;

/// <summary>
/// The test process's one PostgreSQL cluster: started on first use in a temporary folder without
/// crash safety (speed matters, the data does not), stopped and deleted after the process exits.
/// </summary>
internal static class TestCluster
{
    private static readonly Lazy<Task<LocalPostgresCluster>> Cluster = new(StartAsync);

    public static Task<LocalPostgresCluster> GetAsync() => Cluster.Value;

    private static async Task<LocalPostgresCluster> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), $"oid-tests-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresClusterOptions
        {
            DataDirectory = Path.Combine(root, "pgdata"),
            Durable = false,
        });

        ClusterReaper.RemoveAfterThisProcess(cluster.DataDirectory, root);
        return cluster;
    }
}
