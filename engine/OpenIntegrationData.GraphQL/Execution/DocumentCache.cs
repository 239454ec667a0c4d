using System.Collections.Concurrent;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// A bounded cache of documents by their text that drops the least recently used entry when full.
/// Keyed by the text itself, not its SHA-256: a string lookup (hash and compare) costs a fraction
/// of hashing ~1 KB with SHA-256, and an equal text is the document by definition. Lookups hash
/// and compare outside the lock, so large documents do not hold up concurrent requests.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, LinkedListNode<(string Key, CachedDocument Document)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, CachedDocument Document)> _recency = new();

    public int Count => _entries.Count;

    public bool TryGet(string key, out CachedDocument? document)
    {
        if (!_entries.TryGetValue(key, out var node))
        {
            document = null;
            return false;
        }

        lock (_lock)
        {
            // A node dropped meanwhile is no longer in the list; its document is still good for this request.
            if (node.List is not null && node != _recency.First)
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
            }
        }

        document = node.Value.Document;
        return true;
    }

    public void Add(string key, CachedDocument document)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.ContainsKey(key))
            {
                return;
            }

            if (_entries.Count >= capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.TryRemove(oldest.Value.Key, out _);
            }

            _entries[key] = _recency.AddFirst((key, document));
        }
    }
}
