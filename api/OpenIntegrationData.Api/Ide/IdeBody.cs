using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace OpenIntegrationData.Api.Ide;

/// <summary>A response body the IDE's routes build once in memory (the config, our service worker), with a strong tag of
/// its bytes, so a repeat visit revalidates it with a 304.</summary>
internal sealed record IdeBody(byte[] Bytes, EntityTagHeaderValue ETag)
{
    public static IdeBody Of(byte[] bytes) =>
        new(bytes, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\""));
}
