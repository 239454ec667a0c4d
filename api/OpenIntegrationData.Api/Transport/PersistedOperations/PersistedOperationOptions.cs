namespace OpenIntegrationData.Api.Transport.PersistedOperations;

/// <summary>Trusted documents and automatic persisted queries (docs/conventions.md#persisted-operations). Section <c>GraphQL:PersistedOperations</c>.</summary>
public sealed class PersistedOperationOptions
{
    public const string Section = "GraphQL:PersistedOperations";

    /// <summary>
    /// The folder of trusted <c>.graphql</c> documents; relative paths start at the application folder.
    /// Default: <c>starter-queries</c>, the example operations of <c>docs/queries</c> copied next to the API.
    /// </summary>
    public string TrustedDocumentsFolder { get; set; } = "starter-queries";

    /// <summary>HotChocolate's <c>OnlyAllowPersistedDocuments</c>: a request with <c>query</c> text is refused with HC0067.</summary>
    public bool OnlyTrustedDocuments { get; set; }

    /// <summary>How many automatic persisted queries the in-memory store keeps; the least recently used go first.</summary>
    public int MaxAutomaticEntries { get; set; } = 1000;

    /// <summary>How much memory the kept automatic persisted queries may take together (default 16 MiB); the least recently used go first.</summary>
    public long MaxAutomaticBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// The longest query text, in characters, that may be registered as an automatic persisted query (default 64 Ki).
    /// A longer one is refused with <c>PERSISTED_QUERY_TOO_LARGE</c>; sent without <c>extensions.persistedQuery</c>, it runs.
    /// </summary>
    public int MaxAutomaticDocumentLength { get; set; } = 64 * 1024;

    /// <summary>How long a query kept in Redis (<c>ConnectionStrings:Redis</c>) stays after it was last used (default 30 days).</summary>
    public TimeSpan SharedEntryLifetime { get; set; } = TimeSpan.FromDays(30);
}
