using OpenIntegrationData.Import.Catalog;
using OpenIntegrationData.Import.Tests.Support;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Import.Tests;

/// <summary>The real seed-data folder, imported once into a fresh database by the shared fixture.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class FolderImporterSeedDataTests(SeededDatabaseFixture seeded)
{
    [Fact]
    public void ImportAsync_SeedData_EveryTableHoldsAsManyRowsAsItsFile()
    {
        // Every district and quarter is also an area on its city's level "stadtbezirk" or "stadtteil";
        // boundaries.csv names 1,126 outlines: Berlin's city, 12 Bezirke, 58 Prognoseräume (2021), 138 Bezirksregionen and
        // 448 Planungsräume (2006); Köln's 9 Stadtbezirke and 86 Stadtteile; München's 25 Stadtbezirke; Hamburg's city,
        // 7 Bezirke, 104 Stadtteile and 181 Ortsteile; Bonn's city, 4 Stadtbezirke and 51 Ortsteile.
        var placesAsAreas = SeedDataFolder.CountRecords("district") + SeedDataFolder.CountRecords("sub_district");
        var expected = ImportCatalog.Tables.Select(t => new TableCount(t.Table, SeedDataFolder.CountRecords(t.Table) + (t.Table == "area" ? placesAsAreas : 0)))
            .Append(new TableCount("boundaries", 1126));

        Assert.Equal(expected.Where(c => c.Table != "area_level"), seeded.SeedImport.Counts.Where(c => c.Table != "area_level"));
        // population_observation.csv and Berlin's small-area tables in population_observation.berlin-detail.csv.gz.
        Assert.Equal(94_805 + 562_680, seeded.SeedImport.Counts.Single(c => c.Table == "population_observation").Rows);
    }

    [Fact]
    public async Task ImportAsync_SeedDataAgain_ChangesNothing()
    {
        var before = await DatabaseSnapshot.TakeAsync(seeded.Database.DataSource);

        var again = await new FolderImporter(seeded.Database.DataSource).ImportAsync(SeedDataFolder.Path);

        Assert.True(again.Succeeded, string.Join("\n", again.Problems));
        Assert.Equal(seeded.SeedImport.Counts, again.Counts);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(seeded.Database.DataSource));
    }

    [Fact]
    public async Task IsDatabaseEmptyAsync_FreshAndSeededDatabase_TrueThenFalse()
    {
        var postgres = new PostgresFixture();
        await using var fresh = await postgres.CreateDatabaseAsync();

        Assert.True(await FolderImporter.IsDatabaseEmptyAsync(fresh.DataSource));
        Assert.False(await FolderImporter.IsDatabaseEmptyAsync(seeded.Database.DataSource));
    }

    [Theory]
    [InlineData("population_observation")]
    [InlineData("indicator_observation")]
    public async Task ImportAsync_SeedData_IllustrativeFiguresAndOnlyThoseComeFromTheIllustrativeSource(string table)
    {
        var mismatched = await DatabaseSnapshot.CountAsync(seeded.Database.DataSource,
            $"select count(*) from {table} o join source s on s.id = o.source_id where o.is_illustrative <> s.is_illustrative");
        var illustrative = await DatabaseSnapshot.CountAsync(seeded.Database.DataSource, $"select count(*) from {table} where is_illustrative");

        Assert.Equal(0, mismatched);
        Assert.True(illustrative > 0);
    }

    [Fact]
    public async Task ImportAsync_SeedData_KoelnNationalityGroupsAddUpToAllForeignResidents()
    {
        // Per area and year, the seven groups sum to the "all foreign nationals" figure, as the city published them.
        var areasAndYears = await DatabaseSnapshot.CountAsync(seeded.Database.DataSource, """
            select count(*) from population_observation o join nationality_group g on g.id = o.nationality_group_id
            where g.kind = 'all_foreign' and o.municipality_id = (select id from municipality where ags = '05315000')
            """);
        var mismatches = await DatabaseSnapshot.CountAsync(seeded.Database.DataSource, """
            select count(*) from (
                select sum(o.persons) filter (where g.kind <> 'all_foreign') as parts,
                       sum(o.persons) filter (where g.kind = 'all_foreign') as total
                from population_observation o
                join nationality_group g on g.id = o.nationality_group_id
                where o.municipality_id = (select id from municipality where ags = '05315000')
                group by o.district_id, o.sub_district_id, o.year) t
            where parts is distinct from total
            """);

        Assert.Equal(96 * 8, areasAndYears);
        Assert.Equal(0, mismatches);
    }

    [Fact]
    public async Task ImportAsync_SeedData_EveryDuesseldorfDistrictHasAWelcomePointTaggedWithGoals()
    {
        var districtsWithWelcomePoint = await DatabaseSnapshot.CountAsync(seeded.Database.DataSource, """
            select count(distinct pd.district_id)
            from programme p
            join programme_district pd on pd.programme_id = p.id
            join programme_sdg_goal pg on pg.programme_id = p.id
            where p.category = 'welcome_point'
            """);

        Assert.Equal(10, districtsWithWelcomePoint);
    }

    [Fact]
    public async Task ImportAsync_SeedData_EachWelcomePointLeadsToIndicatorValuesOfItsGoalsInItsDistrict()
    {
        // district -> programme -> SDG goal -> indicator -> observation in that same district: the walk the graph offers.
        var districtsWithValues = await DatabaseSnapshot.CountAsync(seeded.Database.DataSource, """
            select count(distinct pd.district_id)
            from programme p
            join programme_district pd on pd.programme_id = p.id
            join programme_sdg_goal pg on pg.programme_id = p.id
            join sdg_indicator i on i.goal_id = pg.goal_id
            join indicator_observation o on o.indicator_id = i.id and o.district_id = pd.district_id
            where p.category = 'welcome_point'
            """);

        Assert.Equal(10, districtsWithValues);
    }
}
