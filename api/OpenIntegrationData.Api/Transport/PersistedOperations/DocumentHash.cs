using System.Security.Cryptography;
using System.Text;

namespace OpenIntegrationData.Api.Transport.PersistedOperations;

/// <summary>
/// The key of a document: SHA-256 of its exact UTF-8 text in lower-case hex — what Apollo's APQ
/// (<c>sha256Hash</c>) and GraphQL Code Generator's persisted documents send.
/// </summary>
internal static class DocumentHash
{
    public static string Sha256Hex(string document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
