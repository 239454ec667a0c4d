using System.Collections.Concurrent;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// A bounded cache of documents by their text that drops the least recently used entries when full.
/// Keyed by the text itself, not its SHA-256: a string lookup (hash and compare) costs a fraction
/// of hashing ~1 KB with SHA-256, and an equal text is the document by definition.
/// Bounded twice: by the number of documents and by their total length, because a syntax tree
/// takes about ten times its text and a client could otherwise fill every slot with a document
/// of the largest size the parser accepts. A document longer than the whole budget is not kept.
/// </summary>
/// <remarks>
/// A hit takes no lock: it stamps the entry with a use counter. Only adding takes a lock, and
/// when the cache is full it looks for the oldest stamp — a scan that is cheap next to the parse
/// and validation every miss costs anyway.
/// </remarks>
internal sealed class DocumentCache(int capacity, long maxTotalLength)
{
    private readonly Lock _addLock = new();
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _uses;
    private long _totalLength;

    public int Count => _entries.Count;

    public bool TryGet(string key, out CachedDocument? document)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            document = null;
            return false;
        }

        entry.Touch(Interlocked.Increment(ref _uses));
        document = entry.Document;
        return true;
    }

    public void Add(string key, CachedDocument document)
    {
        if (capacity <= 0 || key.Length > maxTotalLength)
        {
            return;
        }

        lock (_addLock)
        {
            if (_entries.ContainsKey(key))
            {
                return;
            }

            while ((_entries.Count >= capacity || _totalLength + key.Length > maxTotalLength) && LeastRecentlyUsed() is { } oldest)
            {
                _entries.TryRemove(oldest, out _);
                _totalLength -= oldest.Length;
            }

            var added = new Entry(document);
            added.Touch(Interlocked.Increment(ref _uses));
            _entries[key] = added;
            _totalLength += key.Length;
        }
    }

    private string? LeastRecentlyUsed()
    {
        string? oldest = null;
        var oldestUse = long.MaxValue;
        foreach (var (key, entry) in _entries)
        {
            if (entry.LastUse < oldestUse)
            {
                (oldest, oldestUse) = (key, entry.LastUse);
            }
        }

        return oldest;
    }

    private sealed class Entry(CachedDocument document)
    {
        private long _lastUse;

        public CachedDocument Document { get; } = document;

        /// <summary>The use counter at the last hit (volatile: a long is not written atomically on every platform).</summary>
        public long LastUse => Volatile.Read(ref _lastUse);

        /// <summary>Concurrent hits may stamp out of order; the oldest stamp is still a fair "least recently used".</summary>
        public void Touch(long use) => Volatile.Write(ref _lastUse, use);
    }
}
