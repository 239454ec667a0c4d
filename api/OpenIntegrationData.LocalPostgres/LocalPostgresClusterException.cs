namespace OpenIntegrationData.LocalPostgres;

/// <summary>
/// The private PostgreSQL cluster could not be located, created, started or stopped.
/// The message says what went wrong and what to do about it.
/// </summary>
public sealed class LocalPostgresClusterException : Exception
{
    public LocalPostgresClusterException()
    {
    }

    public LocalPostgresClusterException(string message)
        : base(message)
    {
    }

    public LocalPostgresClusterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
