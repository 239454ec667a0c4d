namespace OpenIntegrationData.Api.Options;

/// <summary>
/// The GraphQL-over-HTTP endpoint. Section <c>GraphQL</c>; the defaults are HotChocolate 15's except the
/// request size (docs/conventions.md#limits).
/// </summary>
public sealed class GraphQLTransportOptions
{
    public const string Section = "GraphQL";

    /// <summary>
    /// 1 MiB rather than HotChocolate's 20,480,000 bytes. A body is held whole while it is parsed, and its
    /// query is copied for parsing and hashing: 50 bodies of 10 MB took the server from 208 MB to 653 MB of
    /// resident memory, which it kept (issue 13.1). The longest real request — an <c>in</c> list at the cost
    /// limit, a page of the IDE's documents — is far below 1 MiB.
    /// </summary>
    public const long DefaultMaxRequestSize = 1024 * 1024;

    /// <summary>The route of the endpoint; <c>{path}</c>, <c>{path}/</c> and every sub-path are served.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>Largest accepted request body in bytes; a larger one is answered with 413 (HC0010).</summary>
    public long MaxRequestSize { get; set; } = DefaultMaxRequestSize;

    /// <summary>The longest an operation may run before it is stopped with HC0045 (HotChocolate: 30 seconds).</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Resolver exception messages and stack traces in error extensions — for development only.</summary>
    public bool IncludeExceptionDetails { get; set; }
}
