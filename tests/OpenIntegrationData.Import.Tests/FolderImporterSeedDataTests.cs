using OpenIntegrationData.Import.Catalog;
using OpenIntegrationData.Import.Tests.Support;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Import.Tests;

public sealed class FolderImporterSeedDataTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task ImportAsync_SeedData_EveryTableHoldsAsManyRowsAsItsFile()
    {
        await using var database = await postgres.CreateDatabaseAsync();

        var result = await new FolderImporter(database.DataSource).ImportAsync(SeedDataFolder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var expected = ImportCatalog.Tables.Select(t => new TableCount(t.Table, SeedDataFolder.CountRecords(t.Table)));
        Assert.Equal(expected, result.Counts);
        Assert.Equal(14_220, result.Counts.Single(c => c.Table == "population_observation").Rows);
    }

    [Fact]
    public async Task ImportAsync_SeedDataTwice_SecondImportChangesNothing()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        var importer = new FolderImporter(database.DataSource);
        var first = await importer.ImportAsync(SeedDataFolder.Path);
        var before = await DatabaseSnapshot.TakeAsync(database.DataSource);

        var second = await importer.ImportAsync(SeedDataFolder.Path);

        Assert.True(second.Succeeded, string.Join("\n", second.Problems));
        Assert.Equal(first.Counts, second.Counts);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database.DataSource));
    }

    [Fact]
    public async Task IsDatabaseEmptyAsync_BeforeAndAfterSeedImport_TrueThenFalse()
    {
        await using var database = await postgres.CreateDatabaseAsync();

        var before = await FolderImporter.IsDatabaseEmptyAsync(database.DataSource);
        await new FolderImporter(database.DataSource).ImportAsync(SeedDataFolder.Path);
        var after = await FolderImporter.IsDatabaseEmptyAsync(database.DataSource);

        Assert.True(before);
        Assert.False(after);
    }

    [Fact]
    public async Task ImportAsync_SeedData_IllustrativeFiguresAndOnlyThoseComeFromTheIllustrativeSource()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        await new FolderImporter(database.DataSource).ImportAsync(SeedDataFolder.Path);

        foreach (var table in new[] { "population_observation", "indicator_observation" })
        {
            var mismatched = await DatabaseSnapshot.CountAsync(database.DataSource,
                $"select count(*) from {table} o join source s on s.id = o.source_id where o.is_illustrative <> s.is_illustrative");
            var illustrative = await DatabaseSnapshot.CountAsync(database.DataSource, $"select count(*) from {table} where is_illustrative");
            Assert.Equal(0, mismatched);
            Assert.True(illustrative > 0);
        }
    }

    [Fact]
    public async Task ImportAsync_SeedData_KoelnNationalityGroupsAddUpToAllForeignResidents()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        await new FolderImporter(database.DataSource).ImportAsync(SeedDataFolder.Path);

        // Per area and year, the seven groups sum to the "all foreign nationals" figure (checked for every district and year).
        var mismatches = await DatabaseSnapshot.CountAsync(database.DataSource, """
            select count(*) from (
                select o.district_id, o.sub_district_id, o.year,
                       sum(o.persons) filter (where g.kind <> 'all_foreign') as parts,
                       sum(o.persons) filter (where g.kind = 'all_foreign') as total
                from population_observation o
                join nationality_group g on g.id = o.nationality_group_id
                join municipality m on m.id = o.municipality_id
                where m.ags = '05315000'
                group by o.district_id, o.sub_district_id, o.year) t
            where parts <> total
            """);

        Assert.Equal(0, mismatches);
    }
}
