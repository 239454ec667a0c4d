namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// When one request must stop: the caller cancels or the execution timeout passes. A linked
/// token source with a timer costs two objects, a registration on the caller's token and a
/// locked timer-queue insert and removal per request, so it is created only when something asks
/// for the <see cref="Token"/> (a resolver, or a level that waits for async resolvers); until
/// then each level compares the deadline with the clock.
/// </summary>
internal sealed class RequestCancellation : IDisposable
{
    private readonly CancellationToken _caller;
    private readonly TimeSpan _timeout;
    // A coarse clock (millisecond ticks) read in a few nanoseconds; Stopwatch costs ~50 ns on our VMs, and timeouts are seconds long.
    private readonly long _started = Environment.TickCount64;
    private LinkedToken? _linked;
    private bool _disposed;

    /// <param name="caller">The caller's token (e.g. the client went away).</param>
    /// <param name="timeout">The execution timeout; <see cref="Timeout.InfiniteTimeSpan"/> for none.</param>
    public RequestCancellation(CancellationToken caller, TimeSpan timeout)
    {
        // The same check CancelAfter makes, so a bad timeout fails every request as it did before the source was lazy.
        if (timeout != Timeout.InfiniteTimeSpan && (timeout < TimeSpan.Zero || timeout.TotalMilliseconds > uint.MaxValue - 1))
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The execution timeout must be non-negative or infinite.");
        }

        _caller = caller;
        _timeout = timeout;
    }

    /// <summary>Whether the caller canceled (as opposed to the timeout passing).</summary>
    public bool CallerCanceled => _caller.IsCancellationRequested;

    /// <summary>Whether the request must stop, for either reason.</summary>
    public bool IsCancellationRequested =>
        _caller.IsCancellationRequested || Volatile.Read(ref _linked)?.Token.IsCancellationRequested == true || TimedOut;

    /// <summary>A token that is canceled when the request must stop; created on first use.</summary>
    public CancellationToken Token => Volatile.Read(ref _linked)?.Token ?? CreateLinkedToken();

    private bool TimedOut => _timeout != Timeout.InfiniteTimeSpan && Elapsed >= _timeout;

    private TimeSpan Elapsed => TimeSpan.FromMilliseconds(Environment.TickCount64 - _started);

    /// <exception cref="OperationCanceledException">When the request must stop.</exception>
    public void ThrowIfCancellationRequested()
    {
        if (IsCancellationRequested)
        {
            throw new OperationCanceledException("The request was canceled or timed out.", _linked?.Token ?? _caller);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        Volatile.Read(ref _linked)?.Source.Dispose();
    }

    private CancellationToken CreateLinkedToken()
    {
        if (_disposed)
        {
            // A resolver that outlived its request and never asked before: the caller's token still tells.
            return _caller;
        }

        var source = CancellationTokenSource.CreateLinkedTokenSource(_caller);
        if (_timeout != Timeout.InfiniteTimeSpan)
        {
            var remaining = _timeout - Elapsed;
            source.CancelAfter(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
        }

        // Resolvers on other threads may ask at the same time: the first source wins, the others are dropped.
        var created = new LinkedToken(source, source.Token);
        if (Interlocked.CompareExchange(ref _linked, created, null) is { } winner)
        {
            source.Dispose();
            return winner.Token;
        }

        return created.Token;
    }

    /// <summary>The source and its token, kept together because a disposed source no longer hands out its token.</summary>
    private sealed record LinkedToken(CancellationTokenSource Source, CancellationToken Token);
}
