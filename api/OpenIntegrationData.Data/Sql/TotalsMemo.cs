using System.Collections;
using System.Globalization;
using System.Text;
using Npgsql;
using OpenIntegrationData.Data.Database;

namespace OpenIntegrationData.Data.Sql;

/// <summary>
/// Answers of aggregate statements (a connection's <c>totalCount</c>, a totals field's groups), kept in memory by data
/// version: they change only when an import commits, and widgets and lists ask the same counts again and again. An answer
/// is found by its statement's text and parameter values, and only under the data version its rows were read at. That
/// version is read by the statement itself (<see cref="Look{T}"/> adds it as the last column, so it comes from the same
/// snapshot as the count): a count read from a standby that lags behind is kept under the standby's older version, never
/// under a newer one. Lookups use the version the server serves (the lowest of its hosts). An answer without rows carries
/// no version and is not kept. Bounded in entries and estimated bytes, least recently used first. Thread-safe.
/// </summary>
public sealed class TotalsMemo
{
    /// <summary>What every kept answer costs besides its key and rows (entry, list node, list), roughly.</summary>
    private const int EntryOverheadBytes = 160;

    private static readonly SqlFragment DataVersionColumn = SqlFragment.Trusted($"({DataVersionSql.Read}) as data_version");

    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly TotalsMemoOptions _options;
    private readonly Func<long> _servedVersion;
    private long _hits;
    private long _misses;
    private long _bytes;

    /// <param name="options">On or off, and the bounds.</param>
    /// <param name="servedVersion">The data version the server answers from now; negative while unknown (nothing is found then).</param>
    public TotalsMemo(TotalsMemoOptions options, Func<long> servedVersion)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(servedVersion);
        _options = options;
        _servedVersion = servedVersion;
    }

    /// <summary>A memo that keeps nothing: every statement runs as built.</summary>
    public static TotalsMemo Off { get; } = new(new TotalsMemoOptions { Enabled = false }, static () => -1);

    public bool Enabled => _options.Enabled;

    /// <summary>Aggregates answered from memory.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Aggregates that had to go to the database while the memo is on.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>The memory the kept answers take, as estimated against <see cref="TotalsMemoOptions.MaxBytes"/>.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Drops every kept answer (the served data version changed: they can no longer be found).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _recency.Clear();
            Interlocked.Exchange(ref _bytes, 0);
        }
    }

    /// <summary>
    /// The aggregate as it will run (with the data version as its last column while the memo is on), and its answer if one
    /// is kept for the served version. <paramref name="map"/> reads one row by position; the version column comes after
    /// every column it reads. <paramref name="rowBytes"/> is what one mapped row takes in memory, roughly.
    /// </summary>
    internal MemoizedRead<T> Look<T>(Select aggregate, Func<NpgsqlDataReader, T> map, int rowBytes)
    {
        if (!_options.Enabled)
        {
            return new MemoizedRead<T>(this, aggregate.ToStatement(), map, key: null, kept: null, rowBytes);
        }

        var statement = (aggregate with { Columns = [.. aggregate.Columns, DataVersionColumn] }).ToStatement();
        var key = KeyOf(statement);
        var served = _servedVersion();
        if (served >= 0)
        {
            lock (_lock)
            {
                if (_entries.TryGetValue(key, out var node) && node.Value.Version == served)
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                    Interlocked.Increment(ref _hits);
                    return new MemoizedRead<T>(this, statement, map, key, (IReadOnlyList<T>)node.Value.Rows, rowBytes);
                }
            }
        }

        Interlocked.Increment(ref _misses);
        return new MemoizedRead<T>(this, statement, map, key, kept: null, rowBytes);
    }

    /// <summary>Keeps an answer read at <paramref name="version"/>, replacing an older one of the same statement, within the bounds.</summary>
    internal void Keep(string key, long version, object rows, int rowCount, int rowBytes)
    {
        var bytes = EntryOverheadBytes + (2L * key.Length) + ((long)rowCount * rowBytes);
        if (bytes > _options.MaxBytes || _options.MaxEntries <= 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.Remove(key, out var existing))
            {
                Forget(existing);
            }

            while (_entries.Count >= _options.MaxEntries || Bytes + bytes > _options.MaxBytes)
            {
                var oldest = _recency.Last!;
                _entries.Remove(oldest.Value.Key);
                Forget(oldest);
            }

            _entries[key] = _recency.AddFirst(new Entry(key, version, rows, bytes));
            Interlocked.Add(ref _bytes, bytes);
        }
    }

    private void Forget(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        Interlocked.Add(ref _bytes, -node.Value.Bytes);
    }

    /// <summary>The statement's text, then each parameter's type and value, each with its length first (no two statements share a key).</summary>
    private static string KeyOf(SqlStatement statement)
    {
        var key = new StringBuilder(statement.Text.Length + (32 * statement.Parameters.Count));
        key.Append(statement.Text);
        foreach (var parameter in statement.Parameters)
        {
            AppendValue(key, parameter.Value);
        }

        return key.ToString();
    }

    private static void AppendValue(StringBuilder key, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                key.Append("\0null");
                break;
            case string text:
                AppendPart(key, "string", text);
                break;
            case IEnumerable list:
                var items = list.Cast<object?>().ToArray();
                AppendPart(key, value.GetType().FullName!, items.Length.ToString(CultureInfo.InvariantCulture));
                foreach (var item in items)
                {
                    AppendValue(key, item);
                }

                break;
            case IFormattable formattable:
                AppendPart(key, value.GetType().FullName!, formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                AppendPart(key, value.GetType().FullName!, value.ToString() ?? string.Empty);
                break;
        }
    }

    private static void AppendPart(StringBuilder key, string type, string text) =>
        key.Append('\0').Append(type).Append(':').Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);

    private sealed record Entry(string Key, long Version, object Rows, long Bytes);
}
