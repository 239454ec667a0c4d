using System.IO.Compression;

namespace OpenIntegrationData.Api.Tests.Compression;

/// <summary>What a browser does with a compressed body: the tests compare it with the plain one.</summary>
internal static class ContentCoding
{
    /// <summary>The body of a response sent with <c>Content-Encoding: <paramref name="coding"/></c> (<c>br</c> or <c>gzip</c>).</summary>
    public static byte[] Decompress(byte[] body, string coding)
    {
        using var input = new MemoryStream(body);
        using Stream decompressor = coding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            _ => throw new ArgumentOutOfRangeException(nameof(coding), coding, "Only br and gzip are served."),
        };
        using var output = new MemoryStream();
        decompressor.CopyTo(output);
        return output.ToArray();
    }
}
