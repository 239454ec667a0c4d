namespace OpenIntegrationData.Api.Options;

/// <summary>
/// The GraphQL-over-HTTP endpoint. Section <c>GraphQL</c>; the defaults are HotChocolate 15's
/// (docs/conventions.md#limits).
/// </summary>
public sealed class GraphQLTransportOptions
{
    public const string Section = "GraphQL";

    /// <summary>HotChocolate's <c>maxAllowedRequestSize</c>: 20 * 1000 * 1024 bytes.</summary>
    public const long DefaultMaxRequestSize = 20 * 1000 * 1024;

    /// <summary>The route of the endpoint; <c>{path}</c>, <c>{path}/</c> and every sub-path are served.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>Largest accepted request body in bytes; a larger one is answered with 413 (HC0010).</summary>
    public long MaxRequestSize { get; set; } = DefaultMaxRequestSize;

    /// <summary>The longest an operation may run before it is stopped with HC0045 (HotChocolate: 30 seconds).</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Resolver exception messages and stack traces in error extensions — for development only.</summary>
    public bool IncludeExceptionDetails { get; set; }
}
