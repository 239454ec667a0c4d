using Microsoft.Extensions.Options;

namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>
/// Successful GET answers by entity tag, in memory, bounded by bytes (the least recently used go first). A tag names
/// the request, the format and the data version (<see cref="ResponseTags"/>), so a kept answer is valid for as long as
/// it can be found; when the data version changes, every answer is dropped at once to give the memory back.
/// Each server keeps its own: nodes behind a load balancer fill their caches independently.
/// </summary>
internal sealed class ResponseCache
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<CachedResponse>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<CachedResponse> _recency = new();
    private readonly ResponseCacheOptions _options;
    private long _hits;
    private long _misses;

    public ResponseCache(IOptions<ResponseCacheOptions> options, ServedDataVersion dataVersion)
    {
        _options = options.Value;
        dataVersion.Changed += _ => Clear();
    }

    public bool Enabled => _options.Enabled;

    /// <summary>The memory the kept answers take, as counted against <see cref="ResponseCacheOptions.MaxBytes"/>.</summary>
    public long Bytes { get; private set; }

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

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

    public bool TryGet(string tag, out CachedResponse response)
    {
        if (_options.Enabled)
        {
            lock (_lock)
            {
                if (_entries.TryGetValue(tag, out var node))
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                    response = node.Value;
                    Interlocked.Increment(ref _hits);
                    return true;
                }
            }
        }

        Interlocked.Increment(ref _misses);
        response = null!;
        return false;
    }

    /// <summary>Keeps the answer unless it is larger than one entry may be, evicting the least recently used until it fits.</summary>
    public void Add(CachedResponse response)
    {
        var bytes = response.Bytes;
        if (!_options.Enabled || bytes > _options.MaxEntryBytes || bytes > _options.MaxBytes)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.Remove(response.Tag, out var existing))
            {
                Forget(existing);
            }

            while (Bytes + bytes > _options.MaxBytes)
            {
                var oldest = _recency.Last!;
                _entries.Remove(oldest.Value.Tag);
                Forget(oldest);
            }

            _entries[response.Tag] = _recency.AddFirst(response);
            Bytes += bytes;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _recency.Clear();
            Bytes = 0;
        }
    }

    private void Forget(LinkedListNode<CachedResponse> node)
    {
        _recency.Remove(node);
        Bytes -= node.Value.Bytes;
    }
}
