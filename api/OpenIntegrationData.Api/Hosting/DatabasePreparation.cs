using OpenIntegrationData.Api.Options;
using OpenIntegrationData.Data.Database;
using OpenIntegrationData.Data.Graph.Search;
using OpenIntegrationData.Import;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>Brings a database up to date before use: applies the migrations, then loads the seed data when it is empty.</summary>
internal static class DatabasePreparation
{
    public static async Task PrepareAsync(
        ConnectedDatabase database, DatabaseOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        // The schema's owner migrates and seeds; the served role only reads.
        var report = await SchemaMigrator.ApplyAsync(database.OwnerConnectionString, cancellationToken);
        var dataSource = database.OwnerDataSource;
        logger.LogInformation(
            "Migrations: {Applied} applied now, {AlreadyApplied} already applied",
            report.Applied.Count,
            report.AlreadyApplied.Count);

        if (!options.SeedWhenEmpty || !await FolderImporter.IsDatabaseEmptyAsync(dataSource, cancellationToken))
        {
            // The searched fields may have changed with this version of the program (or the schema was just upgraded).
            await SearchIndex.RefreshAsync(dataSource, cancellationToken);
            return;
        }

        logger.LogInformation("The database is empty: importing the seed data from {Folder}", options.SeedDataFolder);
        var result = await new FolderImporter(dataSource).ImportAsync(options.SeedDataFolder, cancellationToken);
        if (!result.Succeeded)
        {
            // The seed data ships with the program; a problem in it is a bug, not a user error.
            throw new InvalidOperationException(
                "The seed data was refused:\n" + string.Join('\n', result.Problems));
        }

        logger.LogInformation(
            "Seed data imported: {Counts}",
            string.Join(", ", result.Counts.Select(count => $"{count.Table} {count.Rows}")));
    }
}
