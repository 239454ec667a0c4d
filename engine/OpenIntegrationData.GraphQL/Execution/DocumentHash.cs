using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>The SHA-256 of a document's text, the key of persisted operations.</summary>
public readonly record struct DocumentHash(UInt128 High, UInt128 Low)
{
    private const int StackLimit = 1024;

    /// <summary>Hashes the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static DocumentHash Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        var buffer = maxBytes <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer[..length], hash);
            return new DocumentHash(ReadUInt128(hash[..16]), ReadUInt128(hash[16..]));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The hash as 64 lower-case hex digits.</summary>
    public override string ToString() => $"{High:x32}{Low:x32}";

    private static UInt128 ReadUInt128(ReadOnlySpan<byte> bytes) =>
        System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(bytes);
}
