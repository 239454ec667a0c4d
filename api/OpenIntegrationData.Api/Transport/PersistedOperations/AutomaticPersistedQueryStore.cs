using Microsoft.Extensions.Options;

namespace OpenIntegrationData.Api.Transport.PersistedOperations;

/// <summary>
/// The automatic persisted queries clients registered (hash → document), in memory and bounded twice:
/// by count and by the bytes the documents take, the least recently used going first. Anyone may register,
/// so neither many small documents nor a few huge ones may grow the process; a forgotten query is simply
/// sent again after <c>PersistedQueryNotFound</c>. A document above the per-document cap is never kept
/// (<see cref="Accepts"/>), so one registration cannot empty the store either.
/// </summary>
internal sealed class AutomaticPersistedQueryStore
{
    // A string's object header and length beside its UTF-16 characters, and the entry's own bookkeeping.
    private const long EntryOverhead = 200;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly int _maxEntries;
    private readonly long _maxBytes;

    public AutomaticPersistedQueryStore(IOptions<PersistedOperationOptions> options)
    {
        _maxEntries = options.Value.MaxAutomaticEntries;
        _maxBytes = options.Value.MaxAutomaticBytes;
        MaxDocumentLength = options.Value.MaxAutomaticDocumentLength;
    }

    /// <summary>The longest document (in characters) that is kept.</summary>
    public int MaxDocumentLength { get; }

    /// <summary>The memory the kept documents take, as counted against the byte budget.</summary>
    public long Bytes { get; private set; }

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

    /// <summary>Whether a document of this length may be kept at all.</summary>
    public bool Accepts(string document) => document.Length <= MaxDocumentLength;

    public bool TryGet(string hash, out string document)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(hash, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Document;
                return true;
            }
        }

        document = string.Empty;
        return false;
    }

    /// <summary>Keeps the document, evicting the least recently used ones until both budgets hold.</summary>
    public void Add(string hash, string document)
    {
        if (!Accepts(document))
        {
            return;
        }

        var entry = new Entry(hash, document, SizeOf(hash, document));
        if (entry.Bytes > _maxBytes || _maxEntries <= 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.Remove(hash, out var existing))
            {
                Forget(existing);
            }

            while (_entries.Count >= _maxEntries || Bytes + entry.Bytes > _maxBytes)
            {
                var oldest = _recency.Last!;
                _entries.Remove(oldest.Value.Hash);
                Forget(oldest);
            }

            _entries[hash] = _recency.AddFirst(entry);
            Bytes += entry.Bytes;
        }
    }

    private void Forget(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        Bytes -= node.Value.Bytes;
    }

    private static long SizeOf(string hash, string document) => ((long)hash.Length + document.Length) * sizeof(char) + EntryOverhead;

    private sealed record Entry(string Hash, string Document, long Bytes);
}
