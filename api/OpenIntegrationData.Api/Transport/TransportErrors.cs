using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.Api.Transport;

/// <summary>
/// The errors of the HTTP layer, in HotChocolate 15's words and codes (docs/conventions.md#error-codes).
/// Where HotChocolate's message says little (<c>Invalid GraphQL Request.</c>), <c>extensions.reason</c> says what was wrong.
/// </summary>
internal static class TransportErrors
{
    public const string InvalidRequestCode = "HC0009";
    public const string RequestTooLargeCode = "HC0010";
    public const string PersistedOperationNotFoundCode = "HC0020";
    public const string AcceptNotSupportedCode = "HC0063";
    public const string AcceptUnparsableCode = "HC0064";

    public static GraphQLError EmptyRequest() =>
        new("The GraphQL request is empty.", extensions: [new("code", InvalidRequestCode)]);

    public static GraphQLError InvalidRequest(string reason) =>
        new("Invalid GraphQL Request.", extensions: [new("code", InvalidRequestCode), new("reason", reason)]);

    public static GraphQLError RequestTooLarge(long maxRequestSize) =>
        new(
            "Max GraphQL request size reached.",
            extensions: [new("code", RequestTooLargeCode), new("maxRequestSize", maxRequestSize)]);

    public static GraphQLError UnsupportedContentType(string? contentType) =>
        new(
            string.IsNullOrEmpty(contentType)
                ? "The request has no `Content-Type`; send the GraphQL request as `application/json`."
                : $"The request content type `{contentType}` is not supported; send the GraphQL request as `application/json`.");

    public static GraphQLError AcceptNotSupported(string? reason = null) =>
        new(
            "None of the `Accept` header values is supported.",
            extensions: reason is null ? [new("code", AcceptNotSupportedCode)] : [new("code", AcceptNotSupportedCode), new("reason", reason)]);

    public static GraphQLError AcceptUnparsable(string headerValue) =>
        new(
            $"Unable to parse the accept header value `{headerValue}`.",
            extensions: [new("code", AcceptUnparsableCode), new("headerValue", headerValue)]);

    /// <summary>An <c>id</c> without <c>query</c> that names no trusted document (docs/conventions.md#persisted-operations).</summary>
    public static GraphQLError PersistedOperationNotFound(string id) =>
        new(
            "The specified persisted operation key is invalid.",
            extensions: [new("code", PersistedOperationNotFoundCode), new("requestedKey", id)]);
}
