using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenIntegrationData.Api.Hosting;
using OpenIntegrationData.Api.Transport.Caching;
using OpenIntegrationData.Import;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Api.Tests.Hosting;

/// <summary>The server learns of a new data version within seconds: by notification from the primary, by polling otherwise.</summary>
public sealed class DataVersionMonitorTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Import_WhileServing_IsSeenByNotificationLongBeforeTheNextPoll()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrated: false);
        await using var api = Start(database, pollInterval: TimeSpan.FromMinutes(10));
        var served = api.Services.GetRequiredService<ServedDataVersion>();
        var seeded = await WaitForAsync(served, version => version >= 1);
        var folder = CityFolder();

        var result = await new FolderImporter(database.DataSource).ImportAsync(folder.FullName);
        folder.Delete(recursive: true);
        var seen = await WaitForAsync(served, version => version == result.DataVersion);

        Assert.Equal(1, seeded);
        Assert.Equal(2, seen);
    }

    /// <summary>
    /// A version raised without a notification (by hand, or by a tool other than the importer) on a host the server
    /// listens to is still seen: a listening host is read again every <see cref="DataVersionMonitor.ListeningPollFactor"/>
    /// poll intervals. (A standby, which cannot listen, is read every poll interval: ReadReplicaTests.)
    /// </summary>
    [Fact]
    public async Task VersionRaisedWithoutNotification_IsSeenByTheNextSafetyRead()
    {
        var pollInterval = TimeSpan.FromMilliseconds(100);
        await using var database = await postgres.CreateDatabaseAsync(migrated: false);
        await using var api = Start(database, pollInterval);
        var served = api.Services.GetRequiredService<ServedDataVersion>();
        await WaitForAsync(served, version => version >= 1);

        await using (var raise = database.DataSource.CreateCommand("update data_version set version = 41"))
        {
            await raise.ExecuteNonQueryAsync();
        }

        Assert.True(pollInterval * DataVersionMonitor.ListeningPollFactor < Patience / 2);
        Assert.Equal(41, await WaitForAsync(served, version => version == 41));
    }

    private static WebApplicationFactory<Program> Start(TestDatabase database, TimeSpan pollInterval)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Postgres", database.ConnectionString);
            web.UseSetting("Database:DataVersionPollInterval", pollInterval.ToString("c"));
            web.UseSetting("Database:SeedDataFolder", SeedWithoutParts.Path);
        });
        _ = factory.Server; // starts the host: migrations, seed data, the monitor
        return factory;
    }

    private static async Task<long> WaitForAsync(ServedDataVersion served, Func<long, bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition(served.Current))
        {
            Assert.True(clock.Elapsed < Patience, $"the served data version stayed {served.Current} for {Patience.TotalSeconds} s");
            await Task.Delay(20);
        }

        return served.Current;
    }

    private static DirectoryInfo CityFolder()
    {
        var folder = Directory.CreateTempSubdirectory("oid-version-");
        File.WriteAllLines(Path.Combine(folder.FullName, "source.csv"),
        [
            "key,title,publisher,url,kind,licence,is_illustrative",
            "city-a-open-data,Open data of City A,City A,https://example.org/a,open_data,CC-BY-4.0,false",
        ]);
        return folder;
    }
}
