using Npgsql;
using OpenIntegrationData.Data.Database;
using OpenIntegrationData.Data.Graph.Search;
using OpenIntegrationData.Import.Catalog;
using OpenIntegrationData.Import.Geo;
using OpenIntegrationData.Import.Staging;

namespace OpenIntegrationData.Import;

/// <summary>
/// Loads a folder of CSV files (one per table, named <c>&lt;table&gt;.csv</c>, as in <c>seed-data/</c>; large ones may be
/// gzip-compressed or split into parts, see <see cref="TableFiles"/>) into the
/// database in one transaction: all or nothing. Every row is checked and every problem reported as
/// <c>file:line:column: reason</c>; with any problem nothing is written. Rows are upserted by natural key,
/// so importing the same folder again changes nothing and a second city's folder adds to the first.
/// Files the folder lacks are skipped. A committed import raises the data version (<see cref="DataVersionSql"/>).
/// A table's files go in one after another with the table locked against other writers; into an empty table (the first
/// seed), large files go in without its secondary indexes and foreign keys, which are put back afterwards (<see cref="EmptyTableLoad"/>).
/// </summary>
public sealed class FolderImporter(NpgsqlDataSource dataSource)
{
    /// <summary>After this many problems the import stops looking for more.</summary>
    public const int MaxProblems = 1000;

    /// <param name="folder">The folder of CSV files.</param>
    /// <param name="cancellationToken">Cancels the import (nothing is written).</param>
    /// <param name="progress">Where to show progress (a terminal), or null.</param>
    public async Task<ImportResult> ImportAsync(string folder, CancellationToken cancellationToken = default, ImportProgress? progress = null)
    {
        if (!Directory.Exists(folder))
        {
            return ImportResult.Failure([new ImportProblem(folder, 0, 0, "folder not found")]);
        }
        var problems = new ProblemCollector(MaxProblems);
        var files = TableFiles.InFolder(folder, [BoundaryManifest.FileName], problems);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LiftTimeoutsAsync(connection, cancellationToken);
        // The files come in the catalog's order of tables, each table's files together.
        foreach (var tableFiles in files.GroupBy(f => f.Table).TakeWhile(_ => !problems.IsFull))
        {
            await ImportTableAsync(connection, [.. tableFiles], problems, progress, cancellationToken);
        }
        // Outlines go into areas, so they come after every table (and only when the tables went in cleanly).
        var outlines = problems.Any ? 0 : await new BoundaryImport(connection, folder, problems).RunAsync(cancellationToken);
        if (problems.Any)
        {
            await transaction.RollbackAsync(cancellationToken);
            return ImportResult.Failure(problems.Sorted([.. files.Select(f => f.Name), BoundaryManifest.FileName]));
        }
        // Derived tables follow the data in the same transaction.
        await SearchIndex.RefreshAsync(connection, cancellationToken);
        // Raised in the import's own transaction: servers see the new version exactly when they can see the new rows.
        var version = await DataVersionSql.RaiseAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var counts = await CountRowsAsync(connection, cancellationToken);
        return ImportResult.Success(File.Exists(Path.Combine(folder, BoundaryManifest.FileName)) ? [.. counts, new TableCount("boundaries", outlines)] : counts, version);
    }

    /// <summary>The files of one table. Into an empty table, large files go in faster (<see cref="EmptyTableLoad"/>).</summary>
    private static async Task ImportTableAsync(
        NpgsqlConnection connection, IReadOnlyList<TableFiles.TableFile> files, ProblemCollector problems, ImportProgress? progress, CancellationToken cancellationToken)
    {
        var emptyTable = await EmptyTableLoad.BeginAsync(connection, files[0].Table, progress, cancellationToken);
        foreach (var file in files.TakeWhile(_ => !problems.IsFull))
        {
            await new TableFileImport(connection, file, problems, progress, emptyTable).RunAsync(cancellationToken);
        }
        if (emptyTable is not null && !await emptyTable.FinishAsync(problems.Any, progress, cancellationToken))
        {
            // A row broke a foreign key only PostgreSQL checks: the ordinary way names its line.
            foreach (var file in files.TakeWhile(_ => !problems.IsFull))
            {
                await new TableFileImport(connection, file, problems, progress).RunAsync(cancellationToken);
            }
        }
    }

    /// <summary>
    /// For this transaction only: no server-side statement timeout (a large import runs for minutes), and PostgreSQL
    /// checks every second that the importer is still connected, so a killed importer's backend stops at once
    /// instead of inserting on for minutes (PostgreSQL 14 and later).
    /// </summary>
    private static async Task LiftTimeoutsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var settings = connection.PostgreSqlVersion.Major >= 14
            ? "set local statement_timeout = 0; set local client_connection_check_interval = 1000"
            : "set local statement_timeout = 0";
        await using var command = new NpgsqlCommand(settings, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>True when none of the imported tables holds a row (a freshly migrated database, ready to be seeded).</summary>
    public static async Task<bool> IsDatabaseEmptyAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        var anyRows = string.Join(" or ", ImportCatalog.Tables.Select(t => $"exists (select 1 from \"{t.Table}\")"));
        await using var command = dataSource.CreateCommand($"select not ({anyRows})");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<IReadOnlyList<TableCount>> CountRowsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var counts = new List<TableCount>();
        foreach (var table in ImportCatalog.Tables)
        {
            await using var command = new NpgsqlCommand($"select count(*) from \"{table.Table}\"", connection) { CommandTimeout = 0 };
            var rows = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            counts.Add(new TableCount(table.Table, (int)rows));
        }
        return counts;
    }
}
