using System.Buffers;
using System.Buffers.Binary;
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

    /// <summary>
    /// Whether <paramref name="tag"/> was made on the data version served now. An answer found by its request rather
    /// than by a tag computed just now is used only then: it may have been kept while the version changed.
    /// </summary>
    public bool IsCurrent(string tag)
    {
        var end = tag.IndexOf('-');
        return end > 1 && long.TryParse(tag.AsSpan(1, end - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version == dataVersion.Current;
    }

    private string? Tag(ReadOnlySpan<string?> request)
    {
        var version = dataVersion.Current;
        if (version < 0)
        {
            return null;
        }

        // The edition, then each text with its length first (so that no two different parameter lists hash alike; null
        // differs from empty), hashed at once: one pass, no hash object to create and free per request.
        var capacity = _edition.Length;
        foreach (var text in request)
        {
            capacity += sizeof(int) + Encoding.UTF8.GetMaxByteCount(text?.Length ?? 0);
        }

        var rented = ArrayPool<byte>.Shared.Rent(capacity);
        Span<byte> digest = stackalloc byte[32];
        try
        {
            _edition.CopyTo(rented, 0);
            var written = _edition.Length;
            foreach (var text in request)
            {
                BinaryPrimitives.WriteInt32LittleEndian(rented.AsSpan(written), text?.Length ?? -1);
                written += sizeof(int);
                if (!string.IsNullOrEmpty(text))
                {
                    written += Encoding.UTF8.GetBytes(text, rented.AsSpan(written));
                }
            }

            SHA256.HashData(rented.AsSpan(0, written), digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        // "<version>-<144 bits of the hash, base64url>": plenty to tell requests apart, short and header-safe.
        Span<char> chars = stackalloc char[64];
        chars[0] = '"';
        version.TryFormat(chars[1..], out var length, provider: CultureInfo.InvariantCulture);
        length++;
        chars[length++] = '-';
        length += Base64Url.EncodeToChars(digest[..18], chars[length..]);
        chars[length++] = '"';
        return new string(chars[..length]);
    }

    /// <summary>What else decides an answer: the code that computes it (the builds of the transport, engine and graph) and the trusted documents.</summary>
    private static byte[] Edition(string trustedDocumentsFingerprint)
    {
        Assembly[] code = [typeof(ResponseTags).Assembly, typeof(RequestExecutor).Assembly, typeof(Data.Graph.OpenDataGraph).Assembly];
        var text = string.Join('\n', code.Select(static a => a.ManifestModule.ModuleVersionId.ToString("N"))) + "\n" + trustedDocumentsFingerprint;
        return SHA256.HashData(Encoding.UTF8.GetBytes(text));
    }
}
