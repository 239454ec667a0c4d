using Npgsql;
using OpenIntegrationData.Import.Catalog;

namespace OpenIntegrationData.Import.Tests.Support;

/// <summary>Row count and an md5 checksum of the full contents of every imported table, to prove a database unchanged.</summary>
internal static class DatabaseSnapshot
{
    public static async Task<IReadOnlyList<string>> TakeAsync(NpgsqlDataSource dataSource)
    {
        var lines = new List<string>();
        foreach (var table in ImportCatalog.Tables)
        {
            await using var command = dataSource.CreateCommand(
                $"select count(*)::text || ' ' || md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) from \"{table.Table}\" t");
            lines.Add($"{table.Table}: {await command.ExecuteScalarAsync()}");
        }
        return lines;
    }

    public static async Task<long> CountAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
