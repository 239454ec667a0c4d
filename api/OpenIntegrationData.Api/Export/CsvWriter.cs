using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Export;

/// <summary>
/// Writes a <see cref="ConnectionTable"/> as RFC 4180 CSV in UTF-8 (no byte-order mark): a header row, CRLF line ends,
/// fields quoted when they hold a comma, quote, CR or LF; null is an empty field.
/// </summary>
internal static class CsvWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(IBufferWriter<byte> body, ConnectionTable table)
    {
        WriteRow(body, table.Columns);
        foreach (var row in table.Rows)
        {
            WriteRow(body, table.Columns.Select(column => Format(ConnectionTable.ValueOf(row, column))));
        }
    }

    /// <summary>The cell text: the same text the JSON answer holds for the value (strings unquoted).</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable number when value is not ResultMap && value is not System.Collections.IEnumerable => number.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonText(value),
    };

    private static void WriteRow(IBufferWriter<byte> body, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                body.Write(","u8);
            }

            WriteField(body, field);
            first = false;
        }

        body.Write("\r\n"u8);
    }

    private static void WriteField(IBufferWriter<byte> body, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            Utf8.GetBytes(field, body);
            return;
        }

        body.Write("\""u8);
        Utf8.GetBytes(field.Replace("\"", "\"\"", StringComparison.Ordinal), body);
        body.Write("\""u8);
    }

    /// <summary>Lists (and anything else composite) as the compact JSON the GraphQL answer holds for them.</summary>
    private static string JsonText(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, ResultJsonWriter.WriterOptions))
        {
            ResultJsonWriter.WriteValue(json, value);
        }

        return Utf8.GetString(buffer.WrittenSpan);
    }
}
