using Npgsql;

namespace OpenIntegrationData.Data.Tests.Database.LegacySchema;

/// <summary>
/// Fills a database of the legacy schema with the seed data a release before the EF Core model would have held:
/// the rows of its tables, copied (ids included) from a database that imported today's seed data, less what the
/// legacy schema cannot hold — figures of areas on the new levels, of other measures or periods, with exact decimal
/// values, groups of origin — and with a single-country group's figures naming no country, as they were stored then.
/// </summary>
internal static class LegacySeedCopy
{
    /// <summary>Which rows of a table the legacy schema can hold, and how a column read for it.</summary>
    private static readonly Dictionary<string, string> RowsThatFit = new(StringComparer.Ordinal)
    {
        ["population_observation"] =
            "(area_id is null or district_id is not null) and measure_id = (select id from measure where key = 'residents') and period = 'year' and value = persons",
        ["indicator_observation"] = "area_id is null or district_id is not null",
        // Origin groups (Berlin's T4) came with the areas; the legacy check on kind knows no 'origin'.
        ["nationality_group"] = "kind <> 'origin'",
    };

    private static readonly Dictionary<string, string> ColumnAsItWas = new(StringComparer.Ordinal)
    {
        ["population_observation.nationality_id"] = "case when nationality_group_id is null then nationality_id end",
    };

    public static async Task CopyAsync(NpgsqlDataSource seeded, NpgsqlDataSource legacy)
    {
        await using var from = await seeded.OpenConnectionAsync();
        await using var to = await legacy.OpenConnectionAsync();
        // In the order the legacy files created them, so every row's references are there before it.
        foreach (var table in await ListAsync(to, """
            select c.relname from pg_class c
            where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relname <> 'schema_migrations'
              and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
            order by c.oid
            """))
        {
            var columns = await ListAsync(to, $"""
                select attname from pg_attribute
                where attrelid = '{table}'::regclass and attnum > 0 and not attisdropped and attgenerated = ''
                order by attnum
                """);
            var select = string.Join(", ", columns.Select(c => ColumnAsItWas.GetValueOrDefault($"{table}.{c}", c)));
            var rows = RowsThatFit.GetValueOrDefault(table, "true");
            using var reader = await from.BeginTextExportAsync($"copy (select {select} from {table} where {rows} order by 1) to stdout");
            await using var writer = await to.BeginTextImportAsync($"copy {table} ({string.Join(", ", columns)}) from stdin");
            await writer.WriteAsync(await reader.ReadToEndAsync());
        }
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
