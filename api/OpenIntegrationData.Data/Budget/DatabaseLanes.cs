namespace OpenIntegrationData.Data.Budget;

/// <summary>
/// The process's connection slots, one per pooled connection, in two lanes: a shared lane any request
/// may use and a reserved lane only cheap requests use. Expensive work can therefore never hold the
/// whole pool, and a cheap request waits at most for another cheap one.
/// </summary>
public sealed class DatabaseLanes
{
    private readonly SemaphoreSlim _shared;
    private readonly SemaphoreSlim _reserved;

    public DatabaseLanes(int poolSize, int reservedConnections)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(poolSize, 2);
        Reserved = Math.Clamp(reservedConnections, 1, poolSize - 1);
        Shared = poolSize - Reserved;
        _shared = new SemaphoreSlim(Shared, Shared);
        _reserved = new SemaphoreSlim(Reserved, Reserved);
    }

    /// <summary>Slots any request may take.</summary>
    public int Shared { get; }

    /// <summary>Slots only cheap requests take.</summary>
    public int Reserved { get; }

    /// <summary>Slots in use now (for metrics).</summary>
    public int InUse => Shared - _shared.CurrentCount + Reserved - _reserved.CurrentCount;

    /// <summary>Waits for a slot; a cheap request takes a reserved one when the shared lane is full.</summary>
    public async ValueTask<Slot> TakeAsync(bool expensive, CancellationToken cancellationToken)
    {
        if (expensive)
        {
            await _shared.WaitAsync(cancellationToken);
            return new Slot(_shared);
        }

        if (_shared.Wait(0))
        {
            return new Slot(_shared);
        }

        await _reserved.WaitAsync(cancellationToken);
        return new Slot(_reserved);
    }

    /// <summary>A taken slot; disposing gives it back.</summary>
    public sealed class Slot(SemaphoreSlim lane) : IDisposable
    {
        private SemaphoreSlim? _lane = lane;

        public void Dispose() => Interlocked.Exchange(ref _lane, null)?.Release();
    }
}
