using System.Diagnostics;
using Npgsql;
using OpenIntegrationData.Api.Tests.Hosting;

namespace OpenIntegrationData.Api.Tests.Reliability;

/// <summary>
/// Issue 13.4: after the importer is killed (SIGKILL) its backend must stop within seconds, not insert on for
/// minutes. The import is held on a table lock, so it is surely mid-statement when the process dies.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class ImportKillTests(SeededApi api)
{
    [Fact]
    public async Task ImporterKilledMidStatement_ItsBackendEndsWithinSeconds_AndNothingIsWritten()
    {
        var folder = Directory.CreateTempSubdirectory("oid-import-kill-").FullName;
        try
        {
            await File.WriteAllTextAsync(
                Path.Combine(folder, "source.csv"),
                "key,title,publisher,kind,published_on,is_illustrative\nabuse-killed,Killed report,City,web_page,2023-02-01,false\n");
            var applicationName = $"import-{Guid.NewGuid():N}";

            await using var blocker = await api.Database.DataSource.OpenConnectionAsync();
            await using var transaction = await blocker.BeginTransactionAsync();
            await using (var lockSource = new NpgsqlCommand("LOCK TABLE source IN EXCLUSIVE MODE", blocker, transaction))
            {
                await lockSource.ExecuteNonQueryAsync();
            }

            var importer = ApiProcess.Start(
                ["import", folder, $"--ConnectionStrings:Postgres={api.Database.ConnectionString};Application Name={applicationName}"],
                new Dictionary<string, string>());
            await using (importer)
            {
                await WaitUntilAsync(async () => await BackendsAsync(applicationName, waitingForALock: true) > 0, TimeSpan.FromSeconds(60), () => importer.Output + importer.Errors);
            }

            // Disposing killed the process (SIGKILL); the backend must notice its client is gone while the lock still holds.
            var killed = Stopwatch.StartNew();
            await WaitUntilAsync(async () => await BackendsAsync(applicationName, waitingForALock: false) == 0, TimeSpan.FromSeconds(5), () => "the backend is still there");
            Assert.True(killed.Elapsed < TimeSpan.FromSeconds(5));

            await transaction.RollbackAsync();
            await using var count = api.Database.DataSource.CreateCommand("select count(*) from source where key = 'abuse-killed'");
            Assert.Equal(0L, await count.ExecuteScalarAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<long> BackendsAsync(string applicationName, bool waitingForALock)
    {
        await using var command = api.Database.DataSource.CreateCommand(
            "select count(*) from pg_stat_activity where application_name = $1 and ($2 = false or wait_event_type = 'Lock')");
        command.Parameters.AddWithValue(applicationName);
        command.Parameters.AddWithValue(waitingForALock);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit, Func<string> explain)
    {
        var started = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(started.Elapsed < limit, $"not within {limit.TotalSeconds} s: {explain()}");
            await Task.Delay(100);
        }
    }
}
