using Npgsql;

namespace OpenIntegrationData.Data.Sql;

/// <summary>
/// One aggregate statement on its way through the <see cref="TotalsMemo"/>: its answer when one was kept; otherwise the
/// statement to run, a row reader that also notes the data version the rows were read at, and <see cref="Keep"/> for the rows.
/// </summary>
internal sealed class MemoizedRead<T>
{
    private readonly TotalsMemo _memo;
    private readonly Func<NpgsqlDataReader, T> _map;
    private readonly string? _key;
    private readonly int _rowBytes;
    private long _version = -1;

    internal MemoizedRead(TotalsMemo memo, SqlStatement statement, Func<NpgsqlDataReader, T> map, string? key, IReadOnlyList<T>? kept, int rowBytes)
    {
        _memo = memo;
        Statement = statement;
        _map = map;
        _key = key;
        Kept = kept;
        _rowBytes = rowBytes;
    }

    /// <summary>The statement to run when nothing was kept.</summary>
    public SqlStatement Statement { get; }

    /// <summary>The kept answer for the served data version, or null: then run <see cref="Statement"/>.</summary>
    public IReadOnlyList<T>? Kept { get; }

    /// <summary>Maps one row of <see cref="Statement"/>, noting the data version it carries.</summary>
    public T Read(NpgsqlDataReader reader)
    {
        if (_key is not null)
        {
            _version = reader.GetInt64(reader.FieldCount - 1);
        }

        return _map(reader);
    }

    /// <summary>Keeps the rows read by <see cref="Read"/> under the version they carried, and returns them.</summary>
    public IReadOnlyList<T> Keep(List<T> rows)
    {
        if (_key is not null && _version >= 0)
        {
            _memo.Keep(_key, _version, rows, rows.Count, _rowBytes);
        }

        return rows;
    }
}
