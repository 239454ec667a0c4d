using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using OpenIntegrationData.Api.Transport.Formats;
using OpenIntegrationData.Api.Transport.PersistedOperations;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>
/// The entity tag of a GET answer, computed from the request before anything is parsed or run: the data version, then a
/// hash of the program's edition (its build and trusted documents), the format, the <c>GraphQL-Cost</c> mode and the
/// GraphQL parameters as sent. The same request on the same data gives the same answer, so the tag can be compared
/// with <c>If-None-Match</c> (304) and looked up in the <see cref="ResponseCache"/> without running anything. Servers of
/// one build share tags, and every import changes them.
/// </summary>
internal sealed class ResponseTags(ServedDataVersion dataVersion, TrustedDocumentStore trustedDocuments)
{
    private readonly byte[] _edition = Edition(trustedDocuments.Fingerprint);

    /// <summary>The tag, or null while the data version is unknown (nothing is tagged or kept then).</summary>
    public string? For(in GetParameters parameters, ResultFormat format, CostMode cost) =>
        Tag([format.Name, cost.ToString(), parameters.Query, parameters.OperationName, parameters.Id, parameters.Variables, parameters.Extensions]);

    /// <summary>
    /// The tag of an answer that its path and query alone decide (a map's GeoJSON, <c>/geo/…</c>), or null while the data
    /// version is unknown: the same path and query on the same data gives the same bytes.
    /// </summary>
    public string? ForResource(string pathAndQuery) => Tag(["resource", pathAndQuery]);

    private string? Tag(ReadOnlySpan<string?> request)
    {
        var version = dataVersion.Current;
        if (version < 0)
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_edition);
        foreach (var text in request)
        {
            Append(hash, text);
        }

        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        // 144 bits of the hash are plenty to tell requests apart; base64url keeps the tag short and header-safe.
        return "\"" + version.ToString(CultureInfo.InvariantCulture) + "-" + Base64Url.EncodeToString(digest[..18]) + "\"";
    }

    /// <summary>Each text with its length first, so that no two different parameter lists hash alike; null differs from empty.</summary>
    private static void Append(IncrementalHash hash, string? text)
    {
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, text?.Length ?? -1);
        hash.AppendData(length);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var written = Encoding.UTF8.GetBytes(text, rented);
            hash.AppendData(rented, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>What else decides an answer: the code that computes it (the builds of the transport, engine and graph) and the trusted documents.</summary>
    private static byte[] Edition(string trustedDocumentsFingerprint)
    {
        Assembly[] code = [typeof(ResponseTags).Assembly, typeof(RequestExecutor).Assembly, typeof(Data.Graph.OpenDataGraph).Assembly];
        var text = string.Join('\n', code.Select(static a => a.ManifestModule.ModuleVersionId.ToString("N"))) + "\n" + trustedDocumentsFingerprint;
        return SHA256.HashData(Encoding.UTF8.GetBytes(text));
    }
}
