using OpenIntegrationData.Data.Budget;

namespace OpenIntegrationData.Data.Tests.Budget;

/// <summary>
/// The pool's slots under load: a queued cheap request gets the first slot anyone gives back (not only a reserved
/// one), and expensive work never holds the reserved slots.
/// </summary>
public sealed class DatabaseLanesTests
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task AllSlotsBusy_ASharedSlotGivenBack_GoesToTheQueuedCheapRequest()
    {
        var lanes = new DatabaseLanes(poolSize: 4, reservedConnections: 1);
        var held = new List<DatabaseLanes.Slot>();
        for (var i = 0; i < 4; i++)
        {
            held.Add(await lanes.TakeAsync(expensive: false, CancellationToken.None));
        }

        var queued = lanes.TakeAsync(expensive: false, CancellationToken.None).AsTask();
        Assert.False(queued.IsCompleted);

        // The first slot taken came from the shared lane.
        held[0].Dispose();

        using var slot = await queued.WaitAsync(Soon);
        Assert.Equal(4, lanes.InUse);
        held.Skip(1).ToList().ForEach(static s => s.Dispose());
        Assert.Equal(1, lanes.InUse);
    }

    [Fact]
    public async Task ExpensiveRequestsHoldTheSharedLane_TheNextWaits_ACheapOneTakesTheReservedSlot()
    {
        var lanes = new DatabaseLanes(poolSize: 4, reservedConnections: 1);
        var expensive = new List<DatabaseLanes.Slot>();
        for (var i = 0; i < lanes.Shared; i++)
        {
            expensive.Add(await lanes.TakeAsync(expensive: true, CancellationToken.None));
        }

        var nextExpensive = lanes.TakeAsync(expensive: true, CancellationToken.None).AsTask();
        using var cheap = await lanes.TakeAsync(expensive: false, CancellationToken.None).AsTask().WaitAsync(Soon);

        Assert.False(nextExpensive.IsCompleted);
        expensive[0].Dispose();
        using var next = await nextExpensive.WaitAsync(Soon);
        Assert.Equal(4, lanes.InUse);
        expensive.Skip(1).ToList().ForEach(static s => s.Dispose());
    }

    [Fact]
    public async Task ExpensiveRequestCancelledWhileWaitingForASlot_GivesItsTurnBack()
    {
        var lanes = new DatabaseLanes(poolSize: 2, reservedConnections: 1);
        using var cheap = await lanes.TakeAsync(expensive: false, CancellationToken.None);
        var other = await lanes.TakeAsync(expensive: false, CancellationToken.None);
        using var cancellation = new CancellationTokenSource();

        // It has the shared lane's only turn and waits for a slot.
        var waiting = lanes.TakeAsync(expensive: true, cancellation.Token).AsTask();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        other.Dispose();
        using var expensive = await lanes.TakeAsync(expensive: true, CancellationToken.None).AsTask().WaitAsync(Soon);
        Assert.Equal(2, lanes.InUse);
    }
}
