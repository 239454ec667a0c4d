namespace OpenIntegrationData.Data.Budget;

/// <summary>
/// The process's connection slots, one per pooled connection, in two lanes: a shared lane any request
/// may use and a reserved lane only cheap requests use. Expensive work can therefore never hold the
/// whole pool, and a cheap request waits at most for another cheap one.
/// </summary>
/// <remarks>
/// A cheap request waits for any free slot, in one queue: whichever slot is given back next serves the request
/// that has waited longest. (Waiting on the reserved lane alone once both lanes were full left shared slots idle
/// until a new request happened to arrive, and the queued requests took turns on the one reserved slot: fewer
/// statements in flight, and a long tail.) An expensive request first takes one of the shared lane's turns, so
/// expensive work holds at most <see cref="Shared"/> slots and the other <see cref="Reserved"/> stay for cheap work.
/// </remarks>
public sealed class DatabaseLanes
{
    private readonly SemaphoreSlim _slots;
    private readonly SemaphoreSlim _sharedTurns;

    public DatabaseLanes(int poolSize, int reservedConnections)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(poolSize, 2);
        Reserved = Math.Clamp(reservedConnections, 1, poolSize - 1);
        Shared = poolSize - Reserved;
        _slots = new SemaphoreSlim(poolSize, poolSize);
        _sharedTurns = new SemaphoreSlim(Shared, Shared);
    }

    /// <summary>Slots any request may take.</summary>
    public int Shared { get; }

    /// <summary>Slots only cheap requests take.</summary>
    public int Reserved { get; }

    /// <summary>Slots in use now (for metrics).</summary>
    public int InUse => Shared + Reserved - _slots.CurrentCount;

    /// <summary>Waits for a slot: a cheap request for any, an expensive one for a turn of the shared lane first.</summary>
    public async ValueTask<Slot> TakeAsync(bool expensive, CancellationToken cancellationToken)
    {
        if (!expensive)
        {
            await _slots.WaitAsync(cancellationToken);
            return new Slot(_slots, null);
        }

        await _sharedTurns.WaitAsync(cancellationToken);
        try
        {
            await _slots.WaitAsync(cancellationToken);
        }
        catch
        {
            _sharedTurns.Release();
            throw;
        }

        return new Slot(_slots, _sharedTurns);
    }

    /// <summary>A taken slot; disposing gives it back (and the shared lane's turn, if it took one).</summary>
    public sealed class Slot(SemaphoreSlim slots, SemaphoreSlim? sharedTurn) : IDisposable
    {
        private SemaphoreSlim? _slots = slots;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _slots, null) is { } taken)
            {
                taken.Release();
                sharedTurn?.Release();
            }
        }
    }
}
