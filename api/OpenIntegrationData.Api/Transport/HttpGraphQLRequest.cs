using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport;

/// <summary>
/// The GraphQL-over-HTTP request parameters as read from a POST body or a GET query string:
/// the engine's request plus <c>id</c>, the key of a persisted operation.
/// </summary>
internal sealed record HttpGraphQLRequest(GraphQLRequest Request, string? Id);

/// <summary>A request read from HTTP, or the error that stopped reading it (expected failures are values).</summary>
internal readonly record struct HttpRequestReadResult(HttpGraphQLRequest? Request, OpenIntegrationData.GraphQL.Errors.GraphQLError? Error)
{
    public static HttpRequestReadResult Read(HttpGraphQLRequest request) => new(request, null);

    public static HttpRequestReadResult Failed(OpenIntegrationData.GraphQL.Errors.GraphQLError error) => new(null, error);
}
