using NodaTime;
using Npgsql;
using OpenIntegrationData.Data.Graph.Catalog;

namespace OpenIntegrationData.Data.Tests.Support;

/// <summary>Plain SQL on the seeded database: the ground truth the API's answers are compared with.</summary>
public sealed class DirectSql(NpgsqlDataSource dataSource)
{
    /// <summary>The first column of every row as global-ID keys (bigint).</summary>
    public async Task<List<long>> KeysAsync(string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<long>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetInt64(0));
        }

        return keys;
    }

    /// <summary>(key, value) of every row; dates as NodaTime dates, smallints as ints.</summary>
    public async Task<List<(long Key, object? Value)>> ValuesAsync(string sql, ValueKind kind)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, object?)>();
        while (await reader.ReadAsync())
        {
            object? value = reader.IsDBNull(1) ? null : kind switch
            {
                ValueKind.Int => Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
                ValueKind.Decimal => reader.GetDecimal(1),
                ValueKind.Boolean => reader.GetBoolean(1),
                ValueKind.LocalDate => LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(1)),
                _ => reader.GetString(1),
            };
            rows.Add((reader.GetInt64(0), value));
        }

        return rows;
    }

    /// <summary>A single JSON value computed by PostgreSQL (e.g. json_agg of the expected answer).</summary>
    public async Task<string?> JsonAsync(string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (await command.ExecuteScalarAsync()) as string;
    }
}
