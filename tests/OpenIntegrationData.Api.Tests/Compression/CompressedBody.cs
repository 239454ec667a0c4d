using System.IO.Compression;
using OpenIntegrationData.Api.Compression;

namespace OpenIntegrationData.Api.Tests.Compression;

/// <summary>What a browser does with a compressed body: the tests compare it with the plain one.</summary>
internal static class CompressedBody
{
    /// <summary>The body of a response sent with <c>Content-Encoding: <paramref name="coding"/></c> (<c>br</c> or <c>gzip</c>).</summary>
    public static byte[] Decompress(byte[] body, string coding)
    {
        using var input = new MemoryStream(body);
        using Stream decompressor = coding switch
        {
            ContentCoding.Brotli => new BrotliStream(input, CompressionMode.Decompress),
            ContentCoding.Gzip => new GZipStream(input, CompressionMode.Decompress),
            _ => throw new ArgumentOutOfRangeException(nameof(coding), coding, "Only br and gzip are served."),
        };
        using var output = new MemoryStream();
        decompressor.CopyTo(output);
        return output.ToArray();
    }
}
