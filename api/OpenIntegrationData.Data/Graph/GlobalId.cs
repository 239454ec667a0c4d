using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace OpenIntegrationData.Data.Graph;

/// <summary>
/// HotChocolate's global object IDs (docs/conventions.md#global-ids): <c>Base64(UTF8("TypeName:key"))</c>,
/// standard alphabet with padding; the key of every entity here is a 64-bit integer written in
/// ASCII decimal. The legacy format of HotChocolate ≤ 13 (<c>TypeName\n</c> + marker <c>i</c>,
/// <c>l</c>, <c>s</c> or <c>d</c> + value) is read too, and so are IDs without padding; only the
/// new format is written.
/// </summary>
public static class GlobalId
{
    private const int MaxLength = 1024;

    /// <summary>The ID of the entity <paramref name="typeName"/> with key <paramref name="key"/>, e.g. <c>District:42</c> → <c>RGlzdHJpY3Q6NDI=</c>.</summary>
    public static string Format(string typeName, long key)
    {
        // Every row of a page with its id asks for this: the UTF-8 text goes through the stack, only the ID is allocated.
        Span<byte> text = stackalloc byte[MaxTypeNameBytes + 21];
        var written = Encoding.UTF8.GetBytes(typeName, text);
        text[written++] = (byte)':';
        key.TryFormat(text[written..], out var digits, default, CultureInfo.InvariantCulture);
        return Convert.ToBase64String(text[..(written + digits)]);
    }

    // Type names are short ASCII GraphQL names; a longer one would not fit the buffer above.
    private const int MaxTypeNameBytes = 128;

    /// <summary>Reads an ID; null when it is not a well-formed ID with an integer key.</summary>
    public static ParsedGlobalId? TryParse(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return null;
        }

        var text = DecodeBase64(id);
        if (text is null)
        {
            return null;
        }

        return ParseNewFormat(text) ?? ParseLegacyFormat(text);
    }

    private static string? DecodeBase64(string id)
    {
        var padded = (id.Length % 4) switch
        {
            2 => id + "==",
            3 => id + "=",
            _ => id,
        };

        var buffer = new byte[Base64.GetMaxDecodedFromUtf8Length(padded.Length)];
        if (!Convert.TryFromBase64String(padded, buffer, out var written))
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static ParsedGlobalId? ParseNewFormat(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && IsTypeName(text[..colon]) && TryParseKey(text[(colon + 1)..], out var key)
            ? new ParsedGlobalId(text[..colon], key)
            : null;
    }

    private static ParsedGlobalId? ParseLegacyFormat(string text)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline <= 0 || newline + 1 >= text.Length || !IsTypeName(text[..newline]))
        {
            return null;
        }

        var marker = text[newline + 1];
        var value = text[(newline + 2)..];
        return marker is 'i' or 'l' or 's' or 'd' && TryParseKey(value, out var key)
            ? new ParsedGlobalId(text[..newline], key)
            : null;
    }

    private static bool TryParseKey(string text, out long key) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out key);

    private static bool IsTypeName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(static c => char.IsAsciiLetterOrDigit(c) || c == '_');
}

/// <summary>A decoded global ID.</summary>
/// <param name="TypeName">The object type name.</param>
/// <param name="Key">The entity key.</param>
public sealed record ParsedGlobalId(string TypeName, long Key);
