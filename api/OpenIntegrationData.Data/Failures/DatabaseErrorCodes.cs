namespace OpenIntegrationData.Data.Failures;

/// <summary>The <c>extensions.code</c> of each way the database side of a request can fail (README: error codes).</summary>
public static class DatabaseErrorCodes
{
    /// <summary>Admission refused an expensive request while others run (HTTP 429, <c>Retry-After</c>).</summary>
    public const string ServerBusy = "SERVER_BUSY";

    /// <summary>No connection to PostgreSQL could be made, or it went away (down, restarting, refusing connections).</summary>
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";

    /// <summary>A statement ran past the statement timeout (or the request's deadline) and was cancelled.</summary>
    public const string DatabaseTimeout = "DATABASE_TIMEOUT";

    /// <summary>No pooled connection became free in time.</summary>
    public const string PoolExhausted = "DATABASE_POOL_EXHAUSTED";

    /// <summary>A text value holds a character PostgreSQL cannot store or compare (a NUL byte).</summary>
    public const string InvalidText = "INVALID_TEXT_VALUE";

    /// <summary>Any other database failure; the SQLSTATE is in <c>extensions.sqlState</c>.</summary>
    public const string DatabaseError = "DATABASE_ERROR";
}
