using Microsoft.Extensions.Options;
using OpenIntegrationData.Api.Transport.Caching;
using OpenIntegrationData.Api.Transport.PersistedOperations;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport;

/// <summary>Persisted operations before execution, HTTP caching validators after it (docs/conventions.md#persisted-operations).</summary>
internal sealed partial class GraphQLHttpEndpoint
{
    private static PersistedOperationResolution ResolvePersistedOperation(HttpContext context, HttpGraphQLRequest request) =>
        context.RequestServices.GetRequiredService<PersistedOperationResolver>().Resolve(request);

    /// <summary>The executed result, with the APQ <c>persistedQuery</c> extension; a clean GET answer carries ETag and Cache-Control.</summary>
    private static Task WriteExecutedAsync(HttpContext context, ResponseMediaType mediaType, ExecutionResult result, PersistedOperationResolution resolution)
    {
        if (resolution.ResponseExtension is { } persistedQuery)
        {
            result = result.WithExtension("persistedQuery", persistedQuery);
        }

        var status = GraphQLStatusCodes.For(mediaType, result);
        if (HttpMethods.IsGet(context.Request.Method) && CacheableResponseWriter.IsCacheable(status, result))
        {
            var options = context.RequestServices.GetRequiredService<IOptions<HttpCacheOptions>>().Value;
            return CacheableResponseWriter.WriteAsync(context, mediaType, result, options);
        }

        return WriteAsync(context, mediaType, result, proposedStatus: null);
    }
}
