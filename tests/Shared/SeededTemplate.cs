using Npgsql;
using OpenIntegrationData.Data.Database;
using OpenIntegrationData.Import;

namespace OpenIntegrationData.Testing;

/// <summary>
/// The test process's database with every migration and the repository's seed data, made once on first use and then
/// only copied (<c>CREATE DATABASE … TEMPLATE</c>): importing the seed costs tens of seconds, copying it about one.
/// No one connects to it after it is made, because PostgreSQL copies only a database nobody is connected to.
/// </summary>
internal static class SeededTemplate
{
    private const string Name = "oid_seeded_template";

    private static readonly Lazy<Task<string>> Template = new(CreateAsync);

    /// <summary>The template's name, once it holds the seed data.</summary>
    public static Task<string> GetAsync() => Template.Value;

    /// <summary>seed-data/ of the repository the tests were built from.</summary>
    public static string SeedDataFolder { get; } = Path.Combine(RepositoryRoot(), "seed-data");

    private static async Task<string> CreateAsync()
    {
        var cluster = await TestCluster.GetAsync();
        await using (var admin = new NpgsqlConnection(cluster.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        // Without pooling, no connection to the template outlives its filling.
        var connectionString = new NpgsqlConnectionStringBuilder(cluster.GetConnectionString(Name)) { Pooling = false }.ConnectionString;
        await SchemaMigrator.ApplyAsync(connectionString);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var import = await new FolderImporter(dataSource).ImportAsync(SeedDataFolder);
        if (!import.Succeeded)
        {
            throw new InvalidOperationException("seed import into the template failed:\n" + string.Join("\n", import.Problems));
        }

        return Name;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpenIntegrationData.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds OpenIntegrationData.sln.");
    }
}
