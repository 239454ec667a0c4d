using Npgsql;
using OpenIntegrationData.LocalPostgres;

namespace OpenIntegrationData.LocalPostgres.Tests;

public sealed class LocalPostgresClusterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"oid-cluster-test-{Guid.NewGuid():N}");

    private string DataDirectory => Path.Combine(_root, "pgdata");

    [Fact]
    public async Task StartAsync_NewFolder_CreatesClusterListeningOnLoopbackOnly()
    {
        await using var cluster = await StartAsync();

        Assert.Equal("127.0.0.1", await ScalarAsync(cluster, "SHOW listen_addresses"));
        Assert.Equal("", await ScalarAsync(cluster, "SHOW unix_socket_directories"));
        Assert.Equal("UTF8", await ScalarAsync(cluster, "SHOW server_encoding"));
        Assert.Equal("off", await ScalarAsync(cluster, "SHOW fsync"));
    }

    [Fact]
    public async Task StartAsync_DurableCluster_KeepsFsyncOn()
    {
        await using var cluster = await StartAsync(durable: true);

        Assert.Equal("on", await ScalarAsync(cluster, "SHOW fsync"));
    }

    [Fact]
    public async Task StopAsync_RunningCluster_RefusesConnectionsAndRemovesPidFile()
    {
        var cluster = await StartAsync();

        await cluster.StopAsync();

        Assert.False(File.Exists(Path.Combine(DataDirectory, "postmaster.pid")));
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => ScalarAsync(cluster, "SELECT 1"));
    }

    [Fact]
    public async Task StartAsync_ExistingFolder_KeepsItsData()
    {
        await using (var first = await StartAsync())
        {
            await ScalarAsync(first, "CREATE TABLE kept (city text); INSERT INTO kept VALUES ('Dortmund')");
        }

        await using var second = await StartAsync();

        Assert.Equal("Dortmund", await ScalarAsync(second, "SELECT city FROM kept"));
    }

    [Fact]
    public async Task RestartAsync_EndsOpenSessions_AndComesBackOnTheSamePortWithItsData()
    {
        await using var cluster = await StartAsync();
        await ScalarAsync(cluster, "CREATE TABLE kept (city text); INSERT INTO kept VALUES ('Bonn')");
        await using var open = new NpgsqlConnection(cluster.ConnectionString);
        await open.OpenAsync();
        var refusedWhileDown = false;

        await cluster.RestartAsync(async () =>
        {
            refusedWhileDown = await Record.ExceptionAsync(() => ScalarAsync(cluster, "SELECT 1")) is NpgsqlException;
        });

        Assert.True(refusedWhileDown);
        await using (var command = new NpgsqlCommand("SELECT 1", open))
        {
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => command.ExecuteScalarAsync());
        }

        Assert.Equal("Bonn", await ScalarAsync(cluster, "SELECT city FROM kept"));
    }

    [Fact]
    public async Task IsReachableByServer_FolderOfAStoppedCluster_StaysReachable()
    {
        // As root the data folder belongs to the postgres user and is private (0700) after the first start;
        // a second `scripts/run.sh` must still choose it instead of a new empty cluster elsewhere.
        await (await StartAsync()).StopAsync();

        Assert.True(LocalPostgresCluster.IsReachableByServer(DataDirectory));
    }

    [Fact]
    public void IsReachableByServer_FolderBelowAPrivateFolder_IsReachableOnlyWhenNotRoot()
    {
        // Only root hands the server to the postgres user, who may not enter a private parent folder.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Directory.CreateDirectory(_root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        Assert.Equal(!Environment.IsPrivilegedProcess, LocalPostgresCluster.IsReachableByServer(DataDirectory));
    }

    [Fact]
    public async Task StartAsync_ServerOrphanedByACrash_StopsItAndStartsAfresh()
    {
        var orphan = await StartAsync();
        await ScalarAsync(orphan, "CREATE TABLE kept (city text)");
        orphan.AbandonAsIfCrashed();

        await using var restarted = await StartAsync();

        Assert.Equal(0L, await ScalarAsync(restarted, "SELECT count(*) FROM kept"));
        if (orphan.Port != restarted.Port)
        {
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => ScalarAsync(orphan, "SELECT 1"));
        }
    }

    [Fact]
    public async Task StartAsync_FolderRunByALiveOwner_AttachesAndLeavesTheServerRunning()
    {
        await using var owner = await StartAsync();

        var attached = await StartAsync();
        await attached.StopAsync();

        Assert.True(owner.IsOwner);
        Assert.False(attached.IsOwner);
        Assert.Equal(owner.Port, attached.Port);
        Assert.Equal(1, await ScalarAsync(owner, "SELECT 1"));
    }

    [Fact]
    public async Task StartAsync_StalePidFileOfAnotherProcess_IsIgnored()
    {
        await (await StartAsync()).StopAsync();
        // After a crash the pid file may remain, and its number may now belong to some other process.
        await File.WriteAllTextAsync(
            Path.Combine(DataDirectory, "postmaster.pid"), $"{Environment.ProcessId}\n{DataDirectory}\n");

        await using var cluster = await StartAsync();

        Assert.Equal(1, await ScalarAsync(cluster, "SELECT 1"));
    }

    [Fact]
    public async Task StartAsync_FolderWithOtherFiles_RefusesWithClearMessage()
    {
        Directory.CreateDirectory(DataDirectory);
        await File.WriteAllTextAsync(Path.Combine(DataDirectory, "notes.txt"), "not a cluster");

        var refusal = await Assert.ThrowsAsync<LocalPostgresClusterException>(StartAsync);

        Assert.Contains("holds no PostgreSQL cluster", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_FolderOfAnotherMajorVersion_RefusesNamingBothVersions()
    {
        await (await StartAsync()).StopAsync();
        await File.WriteAllTextAsync(Path.Combine(DataDirectory, "PG_VERSION"), "9\n");

        var refusal = await Assert.ThrowsAsync<LocalPostgresClusterException>(StartAsync);

        Assert.Contains("was made by PostgreSQL 9, but the installed server is PostgreSQL", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_FolderWithoutServerPrograms_SaysWhatToInstall()
    {
        var refusal = Assert.Throws<LocalPostgresClusterException>(() => PostgresBinaries.Locate([_root]));

        Assert.Contains("apt-get install -y postgresql", refusal.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private Task<LocalPostgresCluster> StartAsync() => StartAsync(durable: false);

    private Task<LocalPostgresCluster> StartAsync(bool durable) =>
        LocalPostgresCluster.StartAsync(new LocalPostgresClusterOptions { DataDirectory = DataDirectory, Durable = durable });

    private static async Task<object?> ScalarAsync(LocalPostgresCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString + ";Timeout=5;Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
