using Microsoft.Extensions.Options;

namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>
/// Successful GET answers by entity tag, in memory, bounded by bytes (the least recently used go first). A tag names
/// the request, the format and the data version (<see cref="ResponseTags"/>), so a kept answer is valid for as long as
/// it can be found; when the data version changes, every answer is dropped at once to give the memory back.
/// Each server keeps its own: nodes behind a load balancer fill their caches independently. An answer is also found by
/// the request that asked for it, as sent (<see cref="RequestKey"/>), so a repeat costs no parsing and no hashing.
/// </summary>
internal sealed class ResponseCache
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<CachedResponse>> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<RequestKey, LinkedListNode<CachedResponse>> _byRequest = [];
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
                    response = Use(node);
                    return true;
                }
            }
        }

        Interlocked.Increment(ref _misses);
        response = null!;
        return false;
    }

    /// <summary>
    /// The answer kept for a request spelled exactly like <paramref name="request"/>. Not a miss when absent: the caller
    /// goes on to compute the tag and asks again by it. The answer may be of an older data version whose answers are being
    /// dropped; the caller compares its tag's version.
    /// </summary>
    public bool TryGet(in RequestKey request, out CachedResponse response)
    {
        if (_options.Enabled)
        {
            lock (_lock)
            {
                if (_byRequest.TryGetValue(request, out var node))
                {
                    response = Use(node);
                    return true;
                }
            }
        }

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

            var node = _recency.AddFirst(response);
            _entries[response.Tag] = node;
            if (response.Request is { } request)
            {
                _byRequest[request] = node;
            }

            Bytes += bytes;
        }
    }

    /// <summary>
    /// Keeps <paramref name="body"/>, the kept answer in <paramref name="coding"/>, with it: counted in <see cref="Bytes"/> and
    /// evicting the least recently used others until it fits. Not kept when the answer is no longer in the cache, already has
    /// a copy in that coding (another request made one at the same time), or would outgrow one entry's bound.
    /// </summary>
    public void KeepCompressed(CachedResponse kept, string coding, byte[] body)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(kept.Tag, out var node) || !ReferenceEquals(node.Value, kept) || kept.CompressedIn(coding) is not null
                || kept.Bytes + body.Length > _options.MaxEntryBytes)
            {
                return;
            }

            Bytes += kept.AddCompressed(coding, body);
            while (Bytes > _options.MaxBytes && _recency.Last != node)
            {
                var oldest = _recency.Last!;
                _entries.Remove(oldest.Value.Tag);
                Forget(oldest);
            }
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _byRequest.Clear();
            _recency.Clear();
            Bytes = 0;
        }
    }

    private CachedResponse Use(LinkedListNode<CachedResponse> node)
    {
        _recency.Remove(node);
        _recency.AddFirst(node);
        Interlocked.Increment(ref _hits);
        return node.Value;
    }

    private void Forget(LinkedListNode<CachedResponse> node)
    {
        // The request may since have been answered again under another tag (a newer data version): that entry keeps it.
        if (node.Value.Request is { } request && _byRequest.TryGetValue(request, out var indexed) && indexed == node)
        {
            _byRequest.Remove(request);
        }

        _recency.Remove(node);
        Bytes -= node.Value.Bytes;
    }
}
