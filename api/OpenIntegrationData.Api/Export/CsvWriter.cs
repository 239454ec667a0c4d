using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Export;

/// <summary>
/// Writes a <see cref="ConnectionTable"/> as RFC 4180 CSV in UTF-8 (no byte-order mark): a header row, CRLF line ends,
/// fields quoted when they hold a comma, quote, CR or LF; null is an empty field. Rows go out as they are written.
/// </summary>
internal static class CsvWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(Stream body, ConnectionTable table, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, Utf8, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', table.Columns.Select(Quote)));
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(string.Join(',', table.Columns.Select(column => Quote(Format(ConnectionTable.ValueOf(row, column))))));
        }

        await writer.FlushAsync(cancellationToken);
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

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Lists (and anything else composite) as compact JSON, written through the engine's own result writer.</summary>
    private static string JsonText(object? value)
    {
        var result = ExecutionResult.FromErrors([]).WithExtension("v", value);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ResultJsonWriter.WriterOptions))
        {
            ResultJsonWriter.Write(json, result);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.GetProperty("extensions").GetProperty("v").GetRawText();
    }
}
