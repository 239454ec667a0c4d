using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace OpenIntegrationData.Api.Transport.PersistedOperations;

/// <summary>
/// The automatic persisted queries clients registered (hash → document), in memory and bounded:
/// anyone may register, so the store must not grow without limit; a forgotten query is simply sent again
/// after <c>PersistedQueryNotFound</c>.
/// </summary>
internal sealed class AutomaticPersistedQueryStore : IDisposable
{
    private readonly MemoryCache _cache;

    public AutomaticPersistedQueryStore(IOptions<PersistedOperationOptions> options) =>
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.MaxAutomaticEntries, CompactionPercentage = 0.25 });

    public bool TryGet(string hash, out string document) => _cache.TryGetValue(hash, out document!);

    public void Add(string hash, string document) =>
        _cache.Set(hash, document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(24) });

    public void Dispose() => _cache.Dispose();
}
