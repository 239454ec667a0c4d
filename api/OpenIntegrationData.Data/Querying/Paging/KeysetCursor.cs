using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using OpenIntegrationData.Data.Graph.Catalog;

namespace OpenIntegrationData.Data.Querying.Paging;

/// <summary>
/// Keyset cursors: <c>Base64(UTF8(v1:v2:…:id))</c> — the values of the sort keys of an item
/// followed by its key, like HotChocolate's keyset provider (docs/conventions.md#cursors, "Base64 of
/// the key values joined with <c>:</c>"). A <c>:</c> or <c>\</c> inside a value is escaped with
/// <c>\</c>, and an empty value is written <c>\0</c>. Unlike HotChocolate's default index cursors
/// (<c>Base64("3")</c>), a cursor names a position between values, so it stays valid when rows
/// are added or removed elsewhere; it is only valid for the sort order it was made with.
/// </summary>
public static class KeysetCursor
{
    private const string NullToken = "\\0";

    /// <summary>The cursor for an item with these sort key values (the key last).</summary>
    public static string Encode(IReadOnlyList<object?> values)
    {
        var text = string.Join(':', values.Select(FormatValue));
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The values of a cursor read as <paramref name="kinds"/>; null when the cursor is malformed or made for another order.</summary>
    public static IReadOnlyList<object?>? Decode(string cursor, IReadOnlyList<ValueKind> kinds)
    {
        var text = DecodeBase64(cursor);
        var parts = text is null ? null : Split(text);
        if (parts is null || parts.Count != kinds.Count)
        {
            return null;
        }

        var values = new object?[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is null)
            {
                continue;
            }

            var value = ParseValue(parts[i]!, kinds[i]);
            if (value is null)
            {
                return null;
            }

            values[i] = value;
        }

        return values;
    }

    private static string FormatValue(object? value) => value switch
    {
        null => NullToken,
        string text => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(":", "\\:", StringComparison.Ordinal),
        bool flag => flag ? "true" : "false",
        LocalDate date => LocalDatePattern.Iso.Format(date),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"A cursor cannot hold a {value.GetType().Name}.", nameof(value)),
    };

    private static object? ParseValue(string text, ValueKind kind) => kind switch
    {
        ValueKind.String or ValueKind.Enum or ValueKind.LocalizedText => text,
        ValueKind.Int => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null,
        ValueKind.Long => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null,
        ValueKind.Decimal => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null,
        ValueKind.Boolean => text switch { "true" => true, "false" => false, _ => null },
        ValueKind.LocalDate => LocalDatePattern.Iso.Parse(text) is { Success: true } date ? date.Value : null,
        _ => null,
    };

    /// <summary>Splits on unescaped colons; a part that is exactly <c>\0</c> is null. Null for a dangling escape.</summary>
    private static List<string?>? Split(string text)
    {
        var parts = new List<string?>();
        var current = new StringBuilder();
        var isNull = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ':')
            {
                parts.Add(isNull ? null : current.ToString());
                current.Clear();
                isNull = false;
                continue;
            }

            if (c != '\\')
            {
                current.Append(c);
                continue;
            }

            if (i + 1 >= text.Length)
            {
                return null;
            }

            var next = text[++i];
            if (next == '0' && current.Length == 0 && (i + 1 == text.Length || text[i + 1] == ':'))
            {
                isNull = true;
                continue;
            }

            if (next is not ('\\' or ':'))
            {
                return null;
            }

            current.Append(next);
        }

        parts.Add(isNull ? null : current.ToString());
        return parts;
    }

    private static string? DecodeBase64(string cursor)
    {
        if (cursor.Length == 0 || cursor.Length > 4096)
        {
            return null;
        }

        var buffer = new byte[cursor.Length];
        if (!Convert.TryFromBase64String(cursor, buffer, out var written))
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
}
