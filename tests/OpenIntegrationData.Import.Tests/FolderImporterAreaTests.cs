using OpenIntegrationData.Import.Tests.Support;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Import.Tests;

/// <summary>Areas as a hierarchy: levels, areas naming their parents in any order, matches, districts as areas, measures.</summary>
public sealed class FolderImporterAreaTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly (string, string[]) Source = ("source.csv",
    [
        "key,title,publisher,url,kind,licence,is_illustrative",
        "city-lor,LOR of City B,City B,https://example.org/b,open_data,CC-BY-4.0,false",
    ]);

    private static readonly (string, string[]) Municipality = ("municipality.csv",
    [
        "ags,name,state,type,source_key",
        "11000000,City B,Berlin,kreisfreie Stadt,city-lor",
    ]);

    private static readonly (string, string[]) Levels = ("area_level.csv",
    [
        "municipality_ags,key,name_de,name_en,depth,valid_from,valid_until,source_key",
        "11000000,bezirk,Bezirk,District,1,,,city-lor",
        "11000000,planungsraum-lor2006,Planungsraum (LOR 2006),Planning area (LOR 2006),2,2006-01-01,2020-12-31,city-lor",
        "11000000,planungsraum-lor2021,Planungsraum (LOR 2021),Planning area (LOR 2021),2,2021-01-01,,city-lor",
    ]);

    [Fact]
    public async Task ImportAsync_AreasNamingParentsLaterInTheFile_BuildsTheHierarchy()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        using var folder = CsvFolder.Create(Source, Municipality, Levels, ("area.csv",
        [
            "municipality_ags,level_key,code,name,parent_level_key,parent_code,source_key",
            "11000000,planungsraum-lor2021,01100101,,bezirk,01,city-lor",
            "11000000,planungsraum-lor2006,01011101,Stülerstraße,bezirk,01,city-lor",
            "11000000,bezirk,01,Mitte,,,city-lor",
        ]), ("area_match.csv",
        [
            "municipality_ags,old_level_key,old_code,new_level_key,new_code",
            "11000000,planungsraum-lor2006,01011101,planungsraum-lor2021,01100101",
        ]));

        var result = await new FolderImporter(database.DataSource).ImportAsync(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(2, await DatabaseSnapshot.CountAsync(database.DataSource,
            "select count(*) from area c join area p on p.id = c.parent_id where p.code = '01' and p.name = 'Mitte'"));
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(database.DataSource,
            "select count(*) from area_match m join area o on o.id = m.old_area_id join area n on n.id = m.new_area_id where o.code = '01011101' and n.code = '01100101'"));
    }

    [Fact]
    public async Task ImportAsync_AreaNamingAnUnknownParent_IsRefusedWithItsLine()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        using var folder = CsvFolder.Create(Source, Municipality, Levels, ("area.csv",
        [
            "municipality_ags,level_key,code,name,parent_level_key,parent_code,source_key",
            "11000000,bezirk,01,Mitte,,,city-lor",
            "11000000,planungsraum-lor2021,01100101,,bezirk,13,city-lor",
        ]));

        var result = await new FolderImporter(database.DataSource).ImportAsync(folder.Path);

        Assert.False(result.Succeeded);
        Assert.Equal(["area.csv:3:6: unknown area (municipality_ags '11000000', parent_level_key 'bezirk', parent_code '13')"],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task ImportAsync_DistrictsAndQuarters_BecomeAreasOnTheirLevelsAndTheirFiguresFigures_OfThoseAreas()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        using var folder = CsvFolder.Create(Source, Municipality,
            ("district.csv", ["municipality_ags,name,number,sort_order,source_key", "11000000,Altstadt,1,1,city-lor"]),
            ("sub_district.csv", ["municipality_ags,district_name,name,number,sort_order,source_key", "11000000,Altstadt,Markt,101,1,city-lor"]),
            ("population_observation.csv",
            [
                "municipality_ags,district_name,sub_district_name,migration_category,year,persons,source_key",
                "11000000,Altstadt,Markt,all,2023,900,city-lor",
            ]));
        var importer = new FolderImporter(database.DataSource);

        var first = await importer.ImportAsync(folder.Path);
        var again = await importer.ImportAsync(folder.Path);

        Assert.True(first.Succeeded, string.Join("\n", first.Problems));
        Assert.True(again.Succeeded, string.Join("\n", again.Problems));
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(database.DataSource, """
            select count(*) from population_observation o
            join area q on q.id = o.area_id join area_level ql on ql.id = q.level_id and ql.key = 'stadtteil'
            join area d on d.id = q.parent_id join area_level dl on dl.id = d.level_id and dl.key = 'stadtbezirk'
            join measure m on m.id = o.measure_id and m.key = 'residents'
            where q.code = '101' and d.code = '1' and o.value = 900
            """));
        Assert.Equal(2, await DatabaseSnapshot.CountAsync(database.DataSource, "select count(*) from area"));
    }
}
