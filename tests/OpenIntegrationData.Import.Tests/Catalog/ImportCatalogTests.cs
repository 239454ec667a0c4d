using OpenIntegrationData.Import.Catalog;
using OpenIntegrationData.Import.Tests.Support;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Import.Tests.Catalog;

public sealed class ImportCatalogTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    /// <summary>Every table but the migration history is fed by a file or written by the import itself.</summary>
    [Fact]
    public async Task TablesAndDerivedTables_AfterAllMigrations_CoverEveryDataTableOfTheSchema()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        await using var command = database.DataSource.CreateCommand(
            """
            select c.relname::text from pg_class c
            where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relname <> '__EFMigrationsHistory'
              and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
            order by 1
            """);
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Equal(tables, ImportCatalog.Tables.Select(t => t.Table).Concat(ImportCatalog.DerivedTables).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Tables_InImportOrder_ReferOnlyToEarlierTables()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in ImportCatalog.Tables)
        {
            Assert.All(table.References.Where(r => r.Target != table), r => Assert.Contains(r.Target.Table, seen));
            seen.Add(table.Table);
        }
    }

    [Fact]
    public void CsvColumns_OfEveryTable_AreTheHeaderOfItsSeedFile()
    {
        foreach (var table in ImportCatalog.Tables)
        {
            var header = File.ReadLines(Path.Combine(SeedDataFolder.Path, table.FileName)).First().Split(',');

            Assert.Equal(table.CsvColumns, header);
        }
    }

    [Fact]
    public void KeyColumns_OfSubDistrict_FollowTheDistrictToItsMunicipality()
    {
        var subDistrict = ImportCatalog.Tables.Single(t => t.Table == "sub_district");

        Assert.Equal(["ags", "name", "name"], subDistrict.KeyColumns.Select(c => c.Name));
        Assert.Equal(["municipality_ags", "district_name", "name"], subDistrict.CsvKeyColumns);
        Assert.Equal(["district_id", "name"], subDistrict.DbKeyColumns);
    }
}
