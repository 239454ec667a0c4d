using System.Text;
using Npgsql;
using OpenIntegrationData.Import.Tests.Support;

namespace OpenIntegrationData.Import.Tests;

/// <summary>
/// Issue 13.4: imports that are large, slow or hostile. A slow statement must not hit Npgsql's command timeout,
/// a NUL byte and an endless field are refused with file:line:column, and nothing is half-written.
/// </summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class FolderImporterAbuseTests(SeededDatabaseFixture seeded)
{
    private const string SourceHeader = "key,title,publisher,kind,published_on,is_illustrative";

    [Fact]
    public async Task ImportAsync_NulByteInAField_IsRefusedWithFileLineAndColumn()
    {
        using var folder = CsvFolder.Create(("source.csv", [SourceHeader, "abuse-nul,Re\0port,City,web_page,2023-02-01,false"]));

        var problems = await RefusedAsync(folder);

        Assert.Equal(["source.csv:2:2: NUL byte (U+0000) at character 3 of the field; PostgreSQL cannot store it in text"], problems);
    }

    [Fact]
    public async Task ImportAsync_FieldOfTwoMegabytes_IsRefusedWithoutHoldingIt()
    {
        using var folder = CsvFolder.Create(("source.csv", [SourceHeader, "abuse-long," + new string('x', 2 * 1024 * 1024) + ",City,web_page,2023-02-01,false"]));

        var problems = await RefusedAsync(folder);

        Assert.Equal(["source.csv:2:2: field longer than 1,048,576 bytes (1 MiB), the longest value the import accepts"], problems);
    }

    [Fact]
    public async Task ImportAsync_StatementSlowerThanTheCommandTimeout_StillSucceeds()
    {
        // A data source whose command timeout (1 s) is shorter than the wait below, as Npgsql's 30 s default was for a 2 M row upsert.
        await using var impatient = NpgsqlDataSource.Create(seeded.Database.ConnectionString + ";Command Timeout=1");
        using var folder = CsvFolder.Create(("source.csv", [SourceHeader, "abuse-slow,Slow report,City,web_page,2023-02-01,false"]));

        using var output = new StringWriter();
        ImportResult result;
        await using (var blocker = await seeded.Database.DataSource.OpenConnectionAsync())
        await using (var transaction = await blocker.BeginTransactionAsync())
        {
            await using (var lockSource = new NpgsqlCommand("LOCK TABLE source IN EXCLUSIVE MODE", blocker, transaction))
            {
                await lockSource.ExecuteNonQueryAsync();
            }

            var import = new FolderImporter(impatient).ImportAsync(folder.Path, progress: new ImportProgress(output));
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            await transaction.RollbackAsync();
            result = await import;
        }

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(seeded.Database.DataSource, "select count(*) from source where key = 'abuse-slow'"));

        // While the database waited (the import locks each table against other writers before it writes), the person at the terminal saw the time pass.
        Assert.Matches(@"source: waiting for other writers of the table to finish, 00:0[1-9] so far", output.ToString());
        await using var cleanUp = seeded.Database.DataSource.CreateCommand("delete from source where key = 'abuse-slow'");
        await cleanUp.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task ImportAsync_WithProgress_SaysPerFileTheRowsAndTheTime()
    {
        using var folder = CsvFolder.Create(("source.csv",
        [
            SourceHeader,
            "abuse-progress-1,First report,City,web_page,2023-02-01,false",
            "abuse-progress-2,Second report,City,web_page,2023-02-01,false",
        ]));
        using var output = new StringWriter();

        var result = await new FolderImporter(seeded.Database.DataSource).ImportAsync(folder.Path, progress: new ImportProgress(output));
        await using (var cleanUp = seeded.Database.DataSource.CreateCommand("delete from source where key like 'abuse-progress-%'"))
        {
            await cleanUp.ExecuteNonQueryAsync();
        }

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Matches(@"source\.csv: 2 rows read in \d\d:\d\d \(total \d\d:\d\d\); checking references and writing", output.ToString());
        Assert.Matches(@"source\.csv: the database took \d\d:\d\d for 2 rows \(total \d\d:\d\d\)", output.ToString());
    }

    private async Task<IReadOnlyList<string>> RefusedAsync(CsvFolder folder)
    {
        var dataSource = seeded.Database.DataSource;
        var before = await DatabaseSnapshot.TakeAsync(dataSource);

        var result = await new FolderImporter(dataSource).ImportAsync(folder.Path);

        Assert.False(result.Succeeded);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(dataSource));
        return [.. result.Problems.Select(p => p.ToString())];
    }
}
