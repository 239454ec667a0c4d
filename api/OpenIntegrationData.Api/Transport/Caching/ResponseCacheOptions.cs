namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>
/// The in-memory cache of GET answers (section <c>GraphQL:ResponseCache</c>): a repeated GET, or persisted id, with the
/// same variables on the same data version is answered from memory. Entity tags and 304 work whether it is on or off.
/// </summary>
public sealed class ResponseCacheOptions
{
    public const string Section = "GraphQL:ResponseCache";

    /// <summary>Keep answers in memory.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most memory all kept answers may take; the least recently used go first.</summary>
    public long MaxBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Answers larger than this are not kept (a few large CSV downloads would push out many widget answers).</summary>
    public long MaxEntryBytes { get; set; } = 1024 * 1024;
}
