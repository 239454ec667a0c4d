namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>
/// The data version this server answers from, as last read from the database. Everything kept about answers is keyed
/// by it, so a new version makes old answers unreachable. Until the first read it is unknown, and nothing is kept.
/// </summary>
internal sealed class ServedDataVersion
{
    // -1: not read yet.
    private long _current = -1;

    /// <summary>The version of a schema without a database: its answers change only with the program.</summary>
    public static ServedDataVersion Unchanging()
    {
        var version = new ServedDataVersion();
        version.Set(0);
        return version;
    }

    public bool IsKnown => Current >= 0;

    /// <summary>The version; negative while unknown.</summary>
    public long Current => Volatile.Read(ref _current);

    /// <summary>Raised after <see cref="Current"/> changed, with the new version.</summary>
    public event Action<long>? Changed;

    /// <summary>Takes the version the database reports; a different one (newer, or older after a failover) replaces it.</summary>
    public void Set(long version)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        if (Interlocked.Exchange(ref _current, version) != version)
        {
            Changed?.Invoke(version);
        }
    }
}
