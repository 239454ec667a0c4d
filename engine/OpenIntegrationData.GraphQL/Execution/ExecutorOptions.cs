using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Cost;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>Settings of a request executor, fixed when it is created.</summary>
public sealed class ExecutorOptions
{
    /// <summary>The defaults: parser limits on, 30 s timeout, no exception details, 512 cached documents.</summary>
    public static ExecutorOptions Default { get; } = new();

    /// <summary>Parser limits for request documents.</summary>
    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    /// <summary>Validation limits (error count, execution depth, introspection depth).</summary>
    public ValidationOptions Validation { get; init; } = ValidationOptions.Default;

    /// <summary>Cost analysis limits (<c>@cost</c>/<c>@listSize</c>, HC0047); on by default as in HotChocolate.</summary>
    public CostOptions Cost { get; init; } = CostOptions.Default;

    /// <summary>
    /// The longest an operation may execute before it is stopped with HC0045 (HotChocolate's
    /// default is 30 seconds).
    /// </summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether resolver exceptions show their message and stack trace in <c>extensions</c> (for development only).</summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>
    /// Turns a resolver's exception into the error the client sees — a message and a code for a known
    /// cause (the database is down, a statement timed out) — or returns null to keep
    /// <c>Unexpected Execution Error</c>. The executor adds locations and path.
    /// </summary>
    public Func<Exception, GraphQLError?>? ExceptionErrors { get; init; }

    /// <summary>How many parsed and validated documents are kept (least recently used ones are dropped).</summary>
    public int DocumentCacheSize { get; init; } = 512;

    /// <summary>
    /// The most characters of document text the cache keeps in all (4 million: a few dozen megabytes of
    /// syntax trees); least recently used documents make room, and a longer document is never kept.
    /// </summary>
    public long DocumentCacheMaxTotalLength { get; init; } = 4_000_000;

    /// <summary>The value root resolvers see as their parent.</summary>
    public object? RootValue { get; init; }
}
