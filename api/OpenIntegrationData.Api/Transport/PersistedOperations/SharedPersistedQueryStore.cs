using StackExchange.Redis;

namespace OpenIntegrationData.Api.Transport.PersistedOperations;

/// <summary>
/// The automatic persisted queries every node knows: with <c>ConnectionStrings:Redis</c> set, a query registered on one
/// node is kept in Redis under <c>oid:apq:&lt;hash&gt;</c> too, and a node that misses a hash in its own store looks there
/// before answering <c>PersistedQueryNotFound</c>. Redis is a helper, never a dependency: when it cannot be reached the
/// node answers from its own store (and the client registers again), and the failure is logged once per outage.
/// Bounding Redis's memory is Redis's business (<c>maxmemory</c> with an LRU policy); entries also expire unused.
/// </summary>
internal sealed partial class SharedPersistedQueryStore(IConnectionMultiplexer redis, PersistedOperationOptions options, ILogger<SharedPersistedQueryStore> logger)
{
    private const string KeyPrefix = "oid:apq:";

    private int _failing;

    public async Task<string?> TryGetAsync(string hash)
    {
        try
        {
            // Reading renews the entry: queries in use never expire.
            var document = await redis.GetDatabase().StringGetSetExpiryAsync(KeyPrefix + hash, options.SharedEntryLifetime);
            Recovered();
            return document.IsNull ? null : document.ToString();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            Failed(exception);
            return null;
        }
    }

    public async Task AddAsync(string hash, string document)
    {
        try
        {
            await redis.GetDatabase().StringSetAsync(KeyPrefix + hash, document, options.SharedEntryLifetime);
            Recovered();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            Failed(exception);
        }
    }

    private void Failed(Exception exception)
    {
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            LogUnreachable(logger, exception.Message);
        }
    }

    private void Recovered() => Interlocked.Exchange(ref _failing, 0);

    [LoggerMessage(Level = LogLevel.Warning, EventId = 1701, Message = "Redis for the shared persisted queries is unreachable ({Reason}); each node answers from its own store until it is back")]
    private static partial void LogUnreachable(ILogger logger, string reason);
}
