using Microsoft.Extensions.Options;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport.PersistedOperations;

/// <summary>
/// Puts the document text into a request that names it instead of sending it (docs/conventions.md#persisted-operations):
/// a trusted document by <c>id</c>, or an automatic persisted query by <c>extensions.persistedQuery.sha256Hash</c>
/// (Apollo's protocol: a miss is <c>PersistedQueryNotFound</c>, the client then sends hash and query, which is checked and kept).
/// With <see cref="PersistedOperationOptions.OnlyTrustedDocuments"/>, only trusted documents run. With a
/// <see cref="SharedPersistedQueryStore"/> (Redis), automatic queries registered on any node are found on every node.
/// </summary>
internal sealed class PersistedOperationResolver(
    TrustedDocumentStore trustedDocuments,
    AutomaticPersistedQueryStore automaticQueries,
    IOptions<PersistedOperationOptions> options,
    SharedPersistedQueryStore? sharedQueries = null)
{
    private const string ExtensionName = "persistedQuery";
    private const string HashName = "sha256Hash";

    private readonly bool _onlyTrusted = options.Value.OnlyTrustedDocuments;

    public async ValueTask<PersistedOperationResolution> ResolveAsync(HttpGraphQLRequest httpRequest)
    {
        var (request, id) = httpRequest;
        if (request.Query is null && id is not null)
        {
            return trustedDocuments.TryGet(id, out var trusted)
                ? PersistedOperationResolution.Resolved(WithQuery(request, trusted))
                : PersistedOperationResolution.Failed(TransportErrors.PersistedOperationNotFound(id));
        }

        // Without a hash there is nothing persisted to look up: an ordinary request (HC0013 when it has no query either).
        if (request.Extensions?.TryGetValue(ExtensionName, out var persistedQuery) != true
            || persistedQuery is IReadOnlyDictionary<string, object?> withoutHash && !withoutHash.ContainsKey(HashName))
        {
            return _onlyTrusted && request.Query is not null
                ? PersistedOperationResolution.Failed(PersistedOperationErrors.OnlyPersistedAllowed())
                : PersistedOperationResolution.Resolved(request);
        }

        if (ReadHash(persistedQuery) is not { } hash)
        {
            return PersistedOperationResolution.Failed(PersistedOperationErrors.Malformed(
                "`extensions.persistedQuery` must be {\"version\": 1, \"sha256Hash\": \"<64 hex digits>\"}."));
        }

        return request.Query is null ? await ResolveHashOnlyAsync(request, hash) : await RegisterAsync(request, request.Query, hash);
    }

    private async ValueTask<PersistedOperationResolution> ResolveHashOnlyAsync(GraphQLRequest request, string hash)
    {
        if (automaticQueries.TryGet(hash, out var document) || trustedDocuments.TryGet(hash, out document))
        {
            return PersistedOperationResolution.Resolved(WithQuery(request, document), Persisted(hash));
        }

        // Registered on another node: checked against its hash like any registration, then kept here too.
        if (sharedQueries is not null && await sharedQueries.TryGetAsync(hash) is { } shared
            && automaticQueries.Accepts(shared) && DocumentHash.Sha256Hex(shared) == hash)
        {
            automaticQueries.Add(hash, shared);
            return PersistedOperationResolution.Resolved(WithQuery(request, shared), Persisted(hash));
        }

        return PersistedOperationResolution.Failed(PersistedOperationErrors.AutomaticNotFound());
    }

    private async ValueTask<PersistedOperationResolution> RegisterAsync(GraphQLRequest request, string query, string hash)
    {
        // Registering is sending query text, which the trusted-only mode refuses.
        if (_onlyTrusted)
        {
            return PersistedOperationResolution.Failed(PersistedOperationErrors.OnlyPersistedAllowed());
        }

        // Checked before hashing: a padded document is refused without reading it twice.
        if (!automaticQueries.Accepts(query))
        {
            return PersistedOperationResolution.Failed(PersistedOperationErrors.TooLarge(query.Length, automaticQueries.MaxDocumentLength));
        }

        var computed = DocumentHash.Sha256Hex(query);
        if (!string.Equals(computed, hash, StringComparison.Ordinal))
        {
            return PersistedOperationResolution.Failed(PersistedOperationErrors.HashMismatch(hash, computed));
        }

        automaticQueries.Add(hash, query);
        if (sharedQueries is not null)
        {
            await sharedQueries.AddAsync(hash, query);
        }

        return PersistedOperationResolution.Resolved(request, Persisted(hash));
    }

    /// <summary>The hash in lower case when the entry is <c>{version: 1, sha256Hash: "…64 hex…"}</c>; null otherwise.</summary>
    private static string? ReadHash(object? persistedQuery)
    {
        if (persistedQuery is not IReadOnlyDictionary<string, object?> entry
            || !entry.TryGetValue("version", out var version) || !IsOne(version)
            || !entry.TryGetValue(HashName, out var value) || value is not string hash
            || hash.Length != 64 || !hash.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        return hash.ToLowerInvariant();
    }

    private static bool IsOne(object? version) => version switch
    {
        long number => number == 1,
        decimal number => number == 1,
        double number => number == 1,
        _ => false,
    };

    private static GraphQLRequest WithQuery(GraphQLRequest request, string query) =>
        new(query, request.OperationName, request.Variables) { Extensions = request.Extensions };

    private static IReadOnlyList<KeyValuePair<string, object?>> Persisted(string hash) =>
        [new(HashName, hash), new("persisted", true)];
}
