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
}
