using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Import.Tests.Support;

/// <summary>One migrated database with the real seed data imported, shared by tests that must leave it unchanged.</summary>
public sealed class SeededDatabaseFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("not initialised");

    /// <summary>The result of importing seed-data/ into the fresh database.</summary>
    public ImportResult SeedImport { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        _database = await _postgres.CreateDatabaseAsync();
        SeedImport = await new FolderImporter(_database.DataSource).ImportAsync(SeedDataFolder.Path);
        if (!SeedImport.Succeeded)
        {
            throw new InvalidOperationException("seed import failed:\n" + string.Join("\n", SeedImport.Problems));
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
