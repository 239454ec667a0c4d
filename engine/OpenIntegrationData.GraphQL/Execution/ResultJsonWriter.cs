using System.Collections;
using System.Text.Json;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> as compact UTF-8 JSON in HotChocolate's member
/// order (docs/conventions.md#error-shape): <c>errors</c>, <c>data</c>, <c>extensions</c>; each error
/// as <c>message</c>, <c>locations</c>, <c>path</c>, <c>extensions</c>.
/// </summary>
public static class ResultJsonWriter
{
    /// <summary>
    /// Writer options that escape only what JSON requires, so messages keep their backticks and
    /// quotes readable as HotChocolate writes them (<c>Variable `x` got an invalid value.</c>).
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = ResponseJson.Encoder };

    /// <summary>Writes the result.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors"u8);
            writer.WriteStartArray();
            foreach (var error in result.Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data"u8);
            WriteValueCore(writer, result.Data);
        }

        if (result.Extensions.Count > 0)
        {
            writer.WritePropertyName("extensions"u8);
            WriteEntries(writer, result.Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the result to a new UTF-8 byte array (tests, caches).</summary>
    public static byte[] ToUtf8Bytes(ExecutionResult result)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, result);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message"u8, error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations"u8);
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line"u8, location.Line);
                writer.WriteNumber("column"u8, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path"u8);
            WriteValueCore(writer, path);
        }

        if (error.Extensions.Count > 0)
        {
            writer.WritePropertyName("extensions"u8);
            WriteEntries(writer, error.Extensions);
        }

        writer.WriteEndObject();
    }

    private static void WriteEntries(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> entries)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in entries)
        {
            writer.WritePropertyName(key);
            WriteValueCore(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        for (var i = 0; i < map.Count; i++)
        {
            var name = map.EncodedNameAt(i);
            switch (map.ValueAt(i))
            {
                // The common leaves are written together with their name: one call validates and grows the buffer once.
                case string text:
                    writer.WriteString(name, text);
                    break;
                case int number:
                    writer.WriteNumber(name, number);
                    break;
                case bool flag:
                    writer.WriteBoolean(name, flag);
                    break;
                case null:
                    writer.WriteNull(name);
                    break;
                case var value:
                    writer.WritePropertyName(name);
                    WriteValueCore(writer, value);
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, ResultList list)
    {
        writer.WriteStartArray();
        for (var i = 0; i < list.Count; i++)
        {
            WriteValueCore(writer, list[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one result value (a map, list, scalar or null) as it appears in <c>data</c>.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteValueCore(writer, value);
    }

    private static void WriteValueCore(Utf8JsonWriter writer, object? value)
    {
        // Result maps and lists come first: they are most of a response and match no later case.
        switch (value)
        {
            case ResultMap map:
                WriteMap(writer, map);
                break;
            case ResultList list:
                WriteList(writer, list);
                break;
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case float number when float.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case double or float:
                // JSON has no NaN or infinity; scalars reject them, this guards extension values.
                writer.WriteNullValue();
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case JsonElement json:
                // A scalar whose value is JSON itself (e.g. a GeoJSON geometry) is written as it is.
                json.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> entries:
                WriteEntries(writer, entries);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValueCore(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
