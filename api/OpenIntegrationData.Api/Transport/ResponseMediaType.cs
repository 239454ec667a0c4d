namespace OpenIntegrationData.Api.Transport;

/// <summary>The media types a single GraphQL response is written in (docs/conventions.md#media-types).</summary>
internal enum ResponseMediaType
{
    /// <summary><c>application/graphql-response+json</c>: status codes tell request errors apart (§6.6).</summary>
    GraphQLResponse,

    /// <summary><c>application/json</c>, the legacy format: always 200.</summary>
    Json,
}
