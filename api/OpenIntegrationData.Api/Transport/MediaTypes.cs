namespace OpenIntegrationData.Api.Transport;

/// <summary>The media types of GraphQL over HTTP, bare and as written in <c>Content-Type</c>.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string GraphQLResponseUtf8 = "application/graphql-response+json; charset=utf-8";
    public const string JsonUtf8 = "application/json; charset=utf-8";
    public const string GraphQLSchemaUtf8 = "application/graphql; charset=utf-8";

    public static string ContentTypeOf(ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.Json ? JsonUtf8 : GraphQLResponseUtf8;
}
