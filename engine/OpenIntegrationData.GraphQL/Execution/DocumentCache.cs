namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>A bounded cache of documents by content hash that drops the least recently used entry when full.</summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<DocumentHash, LinkedListNode<(DocumentHash Key, CachedDocument Document)>> _entries = [];
    private readonly LinkedList<(DocumentHash Key, CachedDocument Document)> _recency = new();

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

    public bool TryGet(DocumentHash key, out CachedDocument? document)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                document = null;
                return false;
            }

            if (node != _recency.First)
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
            }

            document = node.Value.Document;
            return true;
        }
    }

    public void Add(DocumentHash key, CachedDocument document)
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
                _entries.Remove(oldest.Value.Key);
            }

            _entries[key] = _recency.AddFirst((key, document));
        }
    }
}
