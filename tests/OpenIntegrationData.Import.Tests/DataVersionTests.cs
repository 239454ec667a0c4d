using Npgsql;
using OpenIntegrationData.Data.Database;
using OpenIntegrationData.Import.Tests.Support;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Import.Tests;

/// <summary>Every committed import raises the data version, in its own transaction, and tells listeners when it commits.</summary>
public sealed class DataVersionTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly (string, string[]) Source = ("source.csv",
    [
        "key,title,publisher,url,kind,licence,is_illustrative",
        "city-a-open-data,Open data of City A,City A,https://example.org/a,open_data,CC-BY-4.0,false",
    ]);

    [Fact]
    public async Task ImportAsync_EachCommittedImport_RaisesTheVersionByOne()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        var importer = new FolderImporter(database.DataSource);
        using var folder = CsvFolder.Create(Source);
        var before = await ReadVersionAsync(database);

        var first = await importer.ImportAsync(folder.Path);
        var second = await importer.ImportAsync(folder.Path);

        Assert.Equal(0, before);
        Assert.Equal(1, first.DataVersion);
        Assert.Equal(2, second.DataVersion);
        Assert.Equal(2, await ReadVersionAsync(database));
    }

    [Fact]
    public async Task ImportAsync_RefusedImport_LeavesTheVersionAndSendsNoNotification()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        var importer = new FolderImporter(database.DataSource);
        using var good = CsvFolder.Create(Source);
        using var bad = CsvFolder.Create(("source.csv", ["key,title,publisher,url,kind,licence,is_illustrative", "Bad Key,T,P,,open_data,,false"]));
        await importer.ImportAsync(good.Path);
        await using var listener = await ListenAsync(database);
        var notified = new List<string>();
        listener.Notification += (_, e) => notified.Add(e.Payload);

        var refused = await importer.ImportAsync(bad.Path);
        await listener.WaitAsync(TimeSpan.FromMilliseconds(500));

        Assert.False(refused.Succeeded);
        Assert.Null(refused.DataVersion);
        Assert.Equal(1, await ReadVersionAsync(database));
        Assert.Empty(notified);
    }

    [Fact]
    public async Task ImportAsync_Committed_NotifiesListenersWithTheNewVersion()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        using var folder = CsvFolder.Create(Source);
        await using var listener = await ListenAsync(database);
        var notified = new List<string>();
        listener.Notification += (_, e) => notified.Add(e.Payload);

        var result = await new FolderImporter(database.DataSource).ImportAsync(folder.Path);
        var arrived = await listener.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.True(arrived);
        Assert.Equal(["1"], notified);
    }

    private static async Task<NpgsqlConnection> ListenAsync(TestDatabase database)
    {
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var listen = new NpgsqlCommand($"listen {DataVersionSql.Channel}", connection);
        await listen.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task<long> ReadVersionAsync(TestDatabase database)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return await DataVersionSql.ReadAsync(connection, CancellationToken.None);
    }
}
