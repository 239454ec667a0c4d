using System.Text;
using OpenIntegrationData.Import.Tests.Support;

namespace OpenIntegrationData.Import.Tests;

/// <summary>
/// One bad folder per kind of problem, imported into a database that already holds the seed data: each must be
/// refused with the exact file:line:column and leave every table exactly as it was (row counts and checksums).
/// </summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class FolderImporterProblemTests(SeededDatabaseFixture seeded)
{
    private const string DistrictHeader = "municipality_ags,name,number,sort_order,source_key";
    private const string GoodDistrict = "05111000,Stadtbezirk 11,11,11,kuladig-duesseldorf-stadtbezirke";
    private const string PopulationHeader =
        "municipality_ags,district_name,sub_district_name,nationality_alpha2,nationality_group_key,migration_category,sex,age_group,year,reference_date,persons,source_key,is_illustrative,note";

    [Fact]
    public async Task ImportAsync_MissingRequiredColumn_NamesTheColumn()
    {
        using var folder = CsvFolder.Create(("district.csv", ["municipality_ags,number,sort_order,source_key", "05111000,11,11,kuladig-duesseldorf-stadtbezirke"]));

        var problems = await RefusedAsync(folder);

        Assert.Equal(["district.csv:1:5: missing column 'name'"], problems);
    }

    [Fact]
    public async Task ImportAsync_UnknownColumn_PointsAtItsHeaderField()
    {
        using var folder = CsvFolder.Create(("district.csv", [DistrictHeader + ",colour", GoodDistrict + ",blue"]));

        var problems = await RefusedAsync(folder);

        Assert.StartsWith("district.csv:1:6: unknown column 'colour'; expected columns: municipality_ags, name, number", Assert.Single(problems));
    }

    [Fact]
    public async Task ImportAsync_WrongType_PointsAtTheField()
    {
        using var folder = CsvFolder.Create(("district.csv", [DistrictHeader, "05111000,Stadtbezirk 11,11,eleven,kuladig-duesseldorf-stadtbezirke"]));

        var problems = await RefusedAsync(folder);

        Assert.Equal(["district.csv:2:4: 'sort_order': \"eleven\" is not an integer"], problems);
    }

    [Fact]
    public async Task ImportAsync_ImpossibleDate_IsRefusedAsInvalidDate()
    {
        using var folder = CsvFolder.Create(("source.csv",
        [
            "key,title,publisher,kind,published_on,is_illustrative",
            "city-report,Report,City,web_page,2023-02-30,false",
        ]));

        var problems = await RefusedAsync(folder);

        Assert.StartsWith("source.csv:2:5: 'published_on': \"2023-02-30\" is not a valid date (yyyy-MM-dd)", Assert.Single(problems));
    }

    [Fact]
    public async Task ImportAsync_UnknownForeignKey_NamesTheMissingRow()
    {
        using var folder = CsvFolder.Create(("district.csv", [DistrictHeader, "05111001,Stadtbezirk 11,11,11,kuladig-duesseldorf-stadtbezirke"]));

        var problems = await RefusedAsync(folder);

        Assert.Equal(["district.csv:2:1: unknown municipality (municipality_ags '05111001')"], problems);
    }

    [Fact]
    public async Task ImportAsync_UnknownCompositeReference_PointsAtItsMostSpecificColumn()
    {
        using var folder = CsvFolder.Create(("population_observation.csv",
        [
            PopulationHeader,
            "05111000,Stadtbezirk 1,Oberkassel,,,all,,,2020,,100,oid-illustrative,true,",
        ]));

        var problems = await RefusedAsync(folder);

        Assert.Equal(
            ["population_observation.csv:2:3: unknown sub_district (municipality_ags '05111000', district_name 'Stadtbezirk 1', sub_district_name 'Oberkassel')"],
            problems);
    }

    [Fact]
    public async Task ImportAsync_DuplicateNaturalKeyInFile_NamesTheFirstLine()
    {
        using var folder = CsvFolder.Create(("district.csv", [DistrictHeader, GoodDistrict, "05111000,Stadtbezirk 11,12,12,kuladig-duesseldorf-stadtbezirke"]));

        var problems = await RefusedAsync(folder);

        Assert.Equal(["district.csv:3:1: duplicate natural key (municipality_ags '05111000', name 'Stadtbezirk 11'); first on line 2"], problems);
    }

    [Fact]
    public async Task ImportAsync_ValueOutOfRange_GivesTheRange()
    {
        using var folder = CsvFolder.Create(("sdg_goal.csv",
        [
            "number,title_de,title_en,short_title_de,short_title_en,colour_hex,source_key",
            "18,Ziel,Goal,Ziel,Goal,#123456,open-sdg-translations",
        ]));

        var problems = await RefusedAsync(folder);

        Assert.Equal(["sdg_goal.csv:2:1: 'number': 18 is out of range (1 to 17)"], problems);
    }

    [Fact]
    public async Task ImportAsync_InvalidUtf8_PointsAtTheField()
    {
        using var folder = CsvFolder.Create();
        var bytes = Encoding.UTF8.GetBytes(DistrictHeader + "\n05111000,Stadtbezirk ").Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes(",11,11,kuladig-duesseldorf-stadtbezirke\n")).ToArray();
        folder.Write("district.csv", bytes);

        var problems = await RefusedAsync(folder);

        Assert.Equal(["district.csv:2:2: invalid UTF-8 encoding"], problems);
    }

    [Fact]
    public async Task ImportAsync_WrongNumberOfFields_PointsPastTheLastExpectedField()
    {
        using var folder = CsvFolder.Create(("district.csv", [DistrictHeader, "05111000,Stadtbezirk 11,11,11,kuladig-duesseldorf-stadtbezirke,extra"]));

        var problems = await RefusedAsync(folder);

        Assert.Equal(["district.csv:2:6: expected 5 fields as in the header, found 6"], problems);
    }

    [Fact]
    public async Task ImportAsync_UnknownFileName_IsRefusedRatherThanSkipped()
    {
        using var folder = CsvFolder.Create(("districts.csv", [DistrictHeader, GoodDistrict]));

        var problems = await RefusedAsync(folder);

        Assert.StartsWith("districts.csv:1:1: unknown file; expected one of source.csv,", Assert.Single(problems));
    }

    [Fact]
    public async Task ImportAsync_BadValueInACompressedFile_NamesTheCompressedFileLineAndColumn()
    {
        using var folder = CsvFolder.Create();
        folder.WriteCompressed("district.csv.gz", DistrictHeader, GoodDistrict, "05111000,Stadtbezirk 12,12,twelve,kuladig-duesseldorf-stadtbezirke");

        var problems = await RefusedAsync(folder);

        Assert.Equal(["district.csv.gz:3:4: 'sort_order': \"twelve\" is not an integer"], problems);
    }

    [Fact]
    public async Task ImportAsync_CompressedFileThatIsNotGzip_IsRefusedAtItsFirstLine()
    {
        using var folder = CsvFolder.Create(("district.csv.gz", [DistrictHeader, GoodDistrict]));

        var problems = await RefusedAsync(folder);

        Assert.StartsWith("district.csv.gz:1:1: the gzip data is damaged (", Assert.Single(problems));
    }

    [Fact]
    public async Task ImportAsync_CompressedFileCutShort_IsRefusedWhereTheDataEnds()
    {
        // Many rows, so the cut falls well after the header; the rows before it are read, then the damage is named.
        var lines = Enumerable.Range(11, 3000).Select(n => $"05111000,Stadtbezirk {n},,{n},kuladig-duesseldorf-stadtbezirke").Prepend(DistrictHeader).ToArray();
        var whole = CsvFolder.Compress(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        using var folder = CsvFolder.Create();
        folder.Write("district.csv.gz", whole[..(whole.Length / 2)]);

        var problems = await RefusedAsync(folder);

        // The cut line is incomplete, and the file is named as ending early where the data ended.
        Assert.Contains(problems, p => System.Text.RegularExpressions.Regex.IsMatch(p,
            @"^district\.csv\.gz:[0-9]+:1: the gzip data ends early: [0-9,]+ bytes read where the file's trailer announces [0-9,]+ \(cut short"));
        Assert.DoesNotContain(problems, p => p.StartsWith("district.csv.gz:1:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_CompressedFileCutShortAtTheEndOfALine_IsStillRefused()
    {
        // The compressed bytes up to a flush after the second line: they decompress to whole lines and end without an
        // error, as a download cut there would; only the missing trailer tells that rows may be missing.
        using var compressed = new MemoryStream();
        var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true);
        gzip.Write(Encoding.UTF8.GetBytes(DistrictHeader + "\n" + GoodDistrict + "\n"));
        gzip.Flush();
        var cut = compressed.ToArray();
        gzip.Write(Encoding.UTF8.GetBytes("05111000,Stadtbezirk 12,12,12,kuladig-duesseldorf-stadtbezirke\n"));
        gzip.Dispose();
        using var folder = CsvFolder.Create();
        folder.Write("district.csv.gz", cut);

        var problem = Assert.Single(await RefusedAsync(folder));

        Assert.StartsWith("district.csv.gz:3:1: the gzip data ends early: ", problem);
    }

    [Fact]
    public async Task ImportAsync_SameFilePlainAndCompressed_IsRefusedRatherThanReadTwice()
    {
        using var folder = CsvFolder.Create(("district.csv", [DistrictHeader, GoodDistrict]));
        folder.WriteCompressed("district.csv.gz", DistrictHeader, GoodDistrict);

        var problems = await RefusedAsync(folder);

        Assert.Equal(["district.csv.gz:1:1: both district.csv and district.csv.gz are in the folder; keep one of them"], problems);
    }

    [Fact]
    public async Task ImportAsync_PartOfAnUnknownTable_IsRefused()
    {
        using var folder = CsvFolder.Create(("districts.extra.csv", [DistrictHeader, GoodDistrict]));

        var problems = await RefusedAsync(folder);

        Assert.StartsWith("districts.extra.csv:1:1: unknown file; expected one of source.csv,", Assert.Single(problems));
    }

    [Fact]
    public async Task ImportAsync_RowBreakingARuleOnlyTheDatabaseChecks_NamesTheLine()
    {
        // A population without the year it refers to passes every column rule but violates a check across columns.
        using var folder = CsvFolder.Create(("municipality.csv",
        [
            "ags,name,state,type,population,population_year,population_source_key,source_key",
            "05382000,Bonn-Test,Nordrhein-Westfalen,kreisfreie Stadt,1,,bbsr-inkar-2024,bbsr-inkar-2024",
            "05382001,Ok-Test,Nordrhein-Westfalen,kreisfreie Stadt,1,2020,bbsr-inkar-2024,bbsr-inkar-2024",
        ]));

        var problems = await RefusedAsync(folder);

        Assert.StartsWith("municipality.csv:2:1: refused by the database: new row for relation \"municipality\" violates check constraint", Assert.Single(problems));
    }

    [Fact]
    public async Task ImportAsync_SeveralBadRowsInOneFile_ReportsEveryOneInLineOrder()
    {
        using var folder = CsvFolder.Create(("population_observation.csv",
        [
            PopulationHeader,
            "05111000,Stadtbezirk 1,,TR,,all,,,1700,,100,oid-illustrative,true,",
            "05111000,Stadtbezirk 1,,TR,,all,,,2030,,many,oid-illustrative,true,",
            "05111000,Stadtbezirk 1,,XX,,all,,,2031,,5,oid-illustrative,true,",
            "05111000,Stadtbezirk 1,,TR,,all,diverse,,2032,2031-12-31,5,oid-illustrative,maybe,",
            "05111000,Stadtbezirk 1,,TR,,all,,,2033,,5,oid-illustrative,true,",
            "05111000,Stadtbezirk 1,,TR,,all,,,2033,,6,oid-illustrative,true,",
        ]));

        var problems = await RefusedAsync(folder);

        Assert.Equal(
        [
            "population_observation.csv:2:9: 'year': 1700 is out of range (1800 to 2100)",
            "population_observation.csv:3:11: 'persons': \"many\" is not an integer",
            "population_observation.csv:4:4: unknown nationality (nationality_alpha2 'XX')",
            "population_observation.csv:5:7: 'sex': \"diverse\" is not one of female, male",
            "population_observation.csv:5:13: 'is_illustrative': \"maybe\" is not true or false",
            "population_observation.csv:7:1: duplicate natural key (municipality_ags '05111000', district_name 'Stadtbezirk 1', sub_district_name '', nationality_alpha2 'TR', nationality_group_key '', migration_category 'all', sex '', age_group '', year '2033', reference_date ''); first on line 6",
        ], problems);
    }

    [Fact]
    public async Task ImportAsync_MoreProblemsThanTheLimit_StopsAfterTheLimitAndSaysSo()
    {
        var rows = Enumerable.Range(1, FolderImporter.MaxProblems + 50).Select(i => $"05111000,Bezirk {i},,x,kuladig-duesseldorf-stadtbezirke");
        using var folder = CsvFolder.Create(("district.csv", [DistrictHeader, .. rows]));

        var problems = await RefusedAsync(folder);

        Assert.Equal(FolderImporter.MaxProblems + 1, problems.Count);
        Assert.Equal($"district.csv:{FolderImporter.MaxProblems + 1}:4: stopped after {FolderImporter.MaxProblems} problems", problems[^1]);
    }

    [Fact]
    public async Task ImportAsync_GoodFileBesideABadOne_WritesNeither()
    {
        using var folder = CsvFolder.Create(
            ("municipality.csv", ["ags,name,state,type,source_key", "05382000,Siegburg-Test,Nordrhein-Westfalen,Stadt,bbsr-inkar-2024"]),
            ("district.csv", [DistrictHeader, "05382000,Mitte,1,oops,bbsr-inkar-2024"]));

        var problems = await RefusedAsync(folder);

        Assert.Equal(["district.csv:2:4: 'sort_order': \"oops\" is not an integer"], problems);
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(seeded.Database.DataSource, "select count(*) from municipality where ags = '05382000'"));
    }

    /// <summary>Imports the folder, asserts it was refused and that the database is exactly as before, and returns the problems as text.</summary>
    private async Task<IReadOnlyList<string>> RefusedAsync(CsvFolder folder)
    {
        var dataSource = seeded.Database.DataSource;
        var before = await DatabaseSnapshot.TakeAsync(dataSource);

        var result = await new FolderImporter(dataSource).ImportAsync(folder.Path);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Counts);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(dataSource));
        return [.. result.Problems.Select(p => p.ToString())];
    }
}
