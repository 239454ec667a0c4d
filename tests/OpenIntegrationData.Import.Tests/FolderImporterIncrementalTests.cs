using OpenIntegrationData.Import.Tests.Support;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Import.Tests;

/// <summary>Imports that build on each other: a second city's folder, partial folders, changed values.</summary>
public sealed class FolderImporterIncrementalTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly (string, string[]) FirstCitySource = ("source.csv",
    [
        "key,title,publisher,url,kind,licence,is_illustrative",
        "city-a-open-data,Open data of City A,City A,https://example.org/a,open_data,CC-BY-4.0,false",
    ]);

    private static readonly (string, string[]) FirstCityMunicipality = ("municipality.csv",
    [
        "ags,name,state,type,source_key",
        "09162000,City A,Bayern,kreisfreie Stadt,city-a-open-data",
    ]);

    private static readonly (string, string[]) FirstCityDistricts = ("district.csv",
    [
        "municipality_ags,name,number,sort_order,area_km2,source_key",
        "09162000,Altstadt,1,1,3.5,city-a-open-data",
        "09162000,Neustadt,2,2,4.25,city-a-open-data",
    ]);

    [Fact]
    public async Task ImportAsync_CompressedFilesAndParts_LoadLikePlainFiles()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        using var folder = CsvFolder.Create(FirstCitySource, FirstCityMunicipality);
        // Any file may come compressed; a table's further part is read after its own file.
        folder.WriteCompressed("district.csv.gz", FirstCityDistricts.Item2);
        folder.WriteCompressed("population_observation.small-areas.csv.gz",
            "municipality_ags,district_name,migration_category,year,persons,source_key",
            "09162000,Altstadt,all,2023,21000,city-a-open-data");
        folder.Write("population_observation.csv", System.Text.Encoding.UTF8.GetBytes(
            "municipality_ags,migration_category,year,persons,source_key\n09162000,all,2023,1500000,city-a-open-data\n"));

        var result = await new FolderImporter(database.DataSource).ImportAsync(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(2, Rows(result, "district"));
        Assert.Equal(2, Rows(result, "population_observation"));
        Assert.Equal(21000, await DatabaseSnapshot.CountAsync(database.DataSource,
            "select persons from population_observation o join district d on d.id = o.district_id where d.name = 'Altstadt'"));
    }

    [Fact]
    public async Task ImportAsync_SecondCityFolder_AddsToTheFirstAndRefersToItsRows()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        var importer = new FolderImporter(database.DataSource);
        using var first = CsvFolder.Create(FirstCitySource, FirstCityMunicipality, FirstCityDistricts);
        using var second = CsvFolder.Create(
            ("municipality.csv", ["ags,name,state,type,source_key", "08111000,City B,Baden-Württemberg,Stadtkreis,city-a-open-data"]),
            ("district.csv", ["municipality_ags,name,sort_order,source_key", "08111000,Mitte,1,city-a-open-data"]),
            ("population_observation.csv",
            [
                "municipality_ags,district_name,migration_category,year,persons,source_key",
                "09162000,Altstadt,all,2023,21000,city-a-open-data",
                "08111000,Mitte,all,2023,23000,city-a-open-data",
                "08111000,,all,2023,610000,city-a-open-data",
            ]));
        var firstResult = await importer.ImportAsync(first.Path);
        var firstIds = await DatabaseSnapshot.CountAsync(database.DataSource, "select sum(id) from district");

        var secondResult = await importer.ImportAsync(second.Path);

        Assert.True(firstResult.Succeeded, string.Join("\n", firstResult.Problems));
        Assert.True(secondResult.Succeeded, string.Join("\n", secondResult.Problems));
        Assert.Equal(1, Rows(firstResult, "municipality"));
        Assert.Equal(2, Rows(secondResult, "municipality"));
        Assert.Equal(3, Rows(secondResult, "district"));
        Assert.Equal(3, Rows(secondResult, "population_observation"));
        Assert.Equal(firstIds, await DatabaseSnapshot.CountAsync(database.DataSource,
            "select sum(d.id) from district d join municipality m on m.id = d.municipality_id where m.ags = '09162000'"));
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(database.DataSource,
            "select count(*) from population_observation where area_level = 'municipality' and persons = 610000"));
    }

    [Fact]
    public async Task ImportAsync_SameFolderAgain_RewritesNoRow()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        var importer = new FolderImporter(database.DataSource);
        using var folder = CsvFolder.Create(FirstCitySource, FirstCityMunicipality, FirstCityDistricts);
        await importer.ImportAsync(folder.Path);
        const string versions = "select string_agg(id || ':' || xmin::text, ',' order by id) from district";
        var before = await ScalarTextAsync(database, versions);

        var again = await importer.ImportAsync(folder.Path);

        Assert.True(again.Succeeded);
        // xmin changes whenever PostgreSQL writes a new row version; the upsert skips rows that did not change.
        Assert.Equal(before, await ScalarTextAsync(database, versions));
    }

    [Fact]
    public async Task ImportAsync_ChangedValue_UpdatesThatRowInPlace()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        var importer = new FolderImporter(database.DataSource);
        using var original = CsvFolder.Create(FirstCitySource, FirstCityMunicipality, FirstCityDistricts);
        using var corrected = CsvFolder.Create(("district.csv",
        [
            "municipality_ags,name,number,sort_order,area_km2,source_key",
            "09162000,Neustadt,2,2,4.3,city-a-open-data",
        ]));
        await importer.ImportAsync(original.Path);
        var idBefore = await ScalarTextAsync(database, "select id::text from district where name = 'Neustadt'");

        var result = await importer.ImportAsync(corrected.Path);

        Assert.True(result.Succeeded);
        Assert.Equal(2, Rows(result, "district"));
        Assert.Equal(idBefore + " 4.300", await ScalarTextAsync(database, "select id || ' ' || area_km2 from district where name = 'Neustadt'"));
        Assert.Equal("3.500", await ScalarTextAsync(database, "select area_km2::text from district where name = 'Altstadt'"));
    }

    [Fact]
    public async Task ImportAsync_FolderWithSomeFilesOnly_SkipsTheAbsentOnes()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        using var folder = CsvFolder.Create(FirstCitySource);

        var result = await new FolderImporter(database.DataSource).ImportAsync(folder.Path);

        Assert.True(result.Succeeded);
        Assert.Equal(1, Rows(result, "source"));
        Assert.All(result.Counts.Where(c => c.Table != "source"), c => Assert.Equal(0, c.Rows));
    }

    [Fact]
    public async Task ImportAsync_SpreadsheetExportWithByteOrderMarkCrLfAndQuotes_IsRead()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        using var folder = CsvFolder.Create();
        var text = "key,title,publisher,kind,is_illustrative,note\r\n"
            + "city-a-report,\"Report, with comma\",\"City \"\"A\"\"\",press,false,\"two\r\nlines\"\r\n";
        folder.Write("source.csv", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);

        var result = await new FolderImporter(database.DataSource).ImportAsync(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("Report, with comma|City \"A\"|two\r\nlines",
            await ScalarTextAsync(database, "select title || '|' || publisher || '|' || note from source"));
    }

    [Fact]
    public async Task ImportAsync_MissingFolder_IsRefusedBeforeConnecting()
    {
        // Nothing listens on port 1: the importer must not even try to connect.
        await using var nowhere = Npgsql.NpgsqlDataSource.Create("Host=127.0.0.1;Port=1");

        var result = await new FolderImporter(nowhere).ImportAsync("/nonexistent/oid-import");

        Assert.Equal("/nonexistent/oid-import:0:0: folder not found", Assert.Single(result.Problems).ToString());
    }

    private static int Rows(ImportResult result, string table) => result.Counts.Single(c => c.Table == table).Rows;

    private static async Task<string?> ScalarTextAsync(TestDatabase database, string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        return (string?)await command.ExecuteScalarAsync();
    }
}
