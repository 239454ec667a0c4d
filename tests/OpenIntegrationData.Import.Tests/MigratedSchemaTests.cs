using OpenIntegrationData.Import.Catalog;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Import.Tests;

/// <summary>Conventions of the migrated schema that the importer and the graph rely on.</summary>
public sealed class MigratedSchemaTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Tables_EveryNaturalKeyOfTheCatalog_IsAUniqueIndexTheUpsertCanUse()
    {
        await using var database = await postgres.CreateDatabaseAsync();

        var uniqueIndexes = await ListAsync(database, """
            select c.relname || ':' || string_agg(a.attname, ',' order by a.attname)
            from pg_index i
            join pg_class c on c.oid = i.indrelid
            join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
            join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
            where i.indisunique and i.indpred is null
            group by i.indexrelid, c.relname
            """);

        foreach (var table in ImportCatalog.Tables)
        {
            var key = $"{table.Table}:{string.Join(",", table.DbKeyColumns.Order(StringComparer.Ordinal))}";
            Assert.Contains(key, uniqueIndexes);
        }
    }

    [Fact]
    public async Task Tables_EveryForeignKey_HasAnIndexLeadingWithItsFirstColumn()
    {
        await using var database = await postgres.CreateDatabaseAsync();

        var unindexed = await ListAsync(database, """
            select con.conrelid::regclass::text || '.' || con.conname
            from pg_constraint con
            where con.contype = 'f'
              and not exists (select 1 from pg_index i where i.indrelid = con.conrelid and i.indkey[0] = con.conkey[1])
            """);

        Assert.Empty(unindexed);
    }

    [Fact]
    public async Task Tables_EveryTableAndColumn_IsDescribedInPlainWords()
    {
        await using var database = await postgres.CreateDatabaseAsync();

        var undescribed = await ListAsync(database, """
            select c.relname || coalesce('.' || a.attname, '')
            from pg_class c
            join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
            left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
            where c.relkind = 'r' and c.relname <> '__EFMigrationsHistory'
              and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
              and (obj_description(c.oid, 'pg_class') is null
                   or (a.attname is not null and col_description(c.oid, a.attnum) is null))
            """);

        Assert.Empty(undescribed);
    }

    private static async Task<List<string>> ListAsync(TestDatabase database, string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
