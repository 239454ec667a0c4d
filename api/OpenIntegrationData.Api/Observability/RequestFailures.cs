namespace OpenIntegrationData.Api.Observability;

/// <summary>
/// The first resolver exception of the request running on this flow, kept for its one log entry (the
/// client sees only the error code and message made from it).
/// </summary>
internal sealed class RequestFailures : IDisposable
{
    private static readonly AsyncLocal<RequestFailures?> CurrentFailures = new();

    private Exception? _first;

    public Exception? First => _first;

    /// <summary>Starts collecting for the request on this flow.</summary>
    public static RequestFailures Begin()
    {
        var failures = new RequestFailures();
        CurrentFailures.Value = failures;
        return failures;
    }

    /// <summary>Keeps <paramref name="exception"/> when it is the request's first.</summary>
    public static void Record(Exception exception)
    {
        if (CurrentFailures.Value is { } failures)
        {
            Interlocked.CompareExchange(ref failures._first, exception, null);
        }
    }

    public void Dispose()
    {
        if (ReferenceEquals(CurrentFailures.Value, this))
        {
            CurrentFailures.Value = null;
        }
    }
}
