using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport.PersistedOperations;

/// <summary>
/// A request with its document text in place (from a trusted document or the APQ store), or the error that
/// answers it instead. <see cref="ResponseExtension"/> is the <c>persistedQuery</c> entry APQ answers carry.
/// </summary>
internal readonly record struct PersistedOperationResolution(
    GraphQLRequest? Request,
    GraphQLError? Error,
    IReadOnlyList<KeyValuePair<string, object?>>? ResponseExtension)
{
    public static PersistedOperationResolution Resolved(GraphQLRequest request, IReadOnlyList<KeyValuePair<string, object?>>? responseExtension = null) =>
        new(request, null, responseExtension);

    public static PersistedOperationResolution Failed(GraphQLError error) => new(null, error, null);
}
