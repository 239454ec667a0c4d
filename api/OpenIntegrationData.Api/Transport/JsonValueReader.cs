using System.Buffers;
using System.Text;
using System.Text.Json;

namespace OpenIntegrationData.Api.Transport;

/// <summary>
/// Turns JSON into the engine's external values (the Execution contract): null, bool, string,
/// long (or decimal, then double, for whole numbers beyond long), double for numbers with a
/// fraction or exponent, <see cref="IReadOnlyList{T}"/> and <see cref="IReadOnlyDictionary{TKey, TValue}"/>.
/// A number no CLR type holds is refused rather than silently turned into infinity.
/// </summary>
internal static class JsonValueReader
{
    /// <summary>Reads the value the reader stands on (its first token already read); false with a reason when a number is out of range.</summary>
    public static bool TryReadValue(ref Utf8JsonReader reader, out object? value, out string? failure)
    {
        failure = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return TryReadObject(ref reader, out value, out failure);
            case JsonTokenType.StartArray:
                return TryReadArray(ref reader, out value, out failure);
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            case JsonTokenType.Number:
                return TryReadNumber(ref reader, out value, out failure);
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            default:
                value = null;
                return true;
        }
    }

    private static bool TryReadObject(ref Utf8JsonReader reader, out object? value, out string? failure)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        value = map;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (!TryReadValue(ref reader, out var item, out failure))
            {
                return false;
            }

            map[name] = item;
        }

        failure = null;
        return true;
    }

    private static bool TryReadArray(ref Utf8JsonReader reader, out object? value, out string? failure)
    {
        var list = new List<object?>();
        value = list;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!TryReadValue(ref reader, out var item, out failure))
            {
                return false;
            }

            list.Add(item);
        }

        failure = null;
        return true;
    }

    private static bool TryReadNumber(ref Utf8JsonReader reader, out object? value, out string? failure)
    {
        failure = null;
        if (IsWholeNumberToken(ref reader))
        {
            if (reader.TryGetInt64(out var whole))
            {
                value = whole;
                return true;
            }

            if (reader.TryGetDecimal(out var large))
            {
                value = large;
                return true;
            }
        }

        if (reader.TryGetDouble(out var number) && double.IsFinite(number))
        {
            value = number;
            return true;
        }

        value = null;
        failure = $"The number {Encoding.UTF8.GetString(RawToken(ref reader))} is out of range.";
        return false;
    }

    private static bool IsWholeNumberToken(ref Utf8JsonReader reader) =>
        RawToken(ref reader).IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0;

    private static ReadOnlySpan<byte> RawToken(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
}
