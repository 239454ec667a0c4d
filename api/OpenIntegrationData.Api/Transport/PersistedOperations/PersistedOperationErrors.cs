using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.Api.Transport.PersistedOperations;

/// <summary>The errors of trusted documents and APQ, in HotChocolate 15's words and codes (docs/conventions.md#persisted-operations).</summary>
internal static class PersistedOperationErrors
{
    public const string OnlyPersistedCode = "HC0067";

    /// <summary>The message the APQ protocol mandates: Apollo clients resend the hash with the query when they see it.</summary>
    public static GraphQLError AutomaticNotFound() =>
        new("PersistedQueryNotFound", extensions: [new("code", TransportErrors.PersistedOperationNotFoundCode)]);

    public static GraphQLError OnlyPersistedAllowed() =>
        new("Only persisted operations are allowed.", extensions: [new("code", OnlyPersistedCode)]);

    public static GraphQLError HashMismatch(string sent, string computed) =>
        new(
            "The `sha256Hash` of `extensions.persistedQuery` does not match the SHA-256 of the query text.",
            extensions: [new("code", "PERSISTED_QUERY_HASH_MISMATCH"), new("sha256Hash", sent), new("computedHash", computed)]);

    public static GraphQLError TooLarge(int length, int maxLength) =>
        new(
            $"The query is {length:N0} characters long; automatic persisted queries are kept up to {maxLength:N0}. " +
            "Send it without `extensions.persistedQuery` to run it.",
            extensions: [new("code", "PERSISTED_QUERY_TOO_LARGE"), new("length", length), new("maxLength", maxLength)]);

    public static GraphQLError Malformed(string reason) =>
        new("Invalid GraphQL Request.", extensions: [new("code", TransportErrors.InvalidRequestCode), new("reason", reason)]);
}
