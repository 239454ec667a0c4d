using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace OpenIntegrationData.SeedBuilder.Reading;

/// <summary>
/// Reads a separated text file with one header row, as the publishers ship them (comma or semicolon, quoted or not),
/// strictly: the bytes must be UTF-8, the header must be exactly the expected one, and every row must have as many
/// fields as the header. Anything else is a <see cref="SourceFileException"/> naming the line.
/// </summary>
public static class DelimitedFile
{
    public static IEnumerable<SourceRecord> Read(string path, char separator, IReadOnlyList<string> expectedHeader)
    {
        using var stream = File.OpenRead(path);
        using var text = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: false);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separator.ToString(),
            HasHeaderRecord = false,
            TrimOptions = TrimOptions.None,
            DetectColumnCountChanges = false,
            BadDataFound = args => throw new SourceFileException(path, args.Context.Parser?.RawRow ?? 0, $"malformed field: {args.Field}"),
        };
        using var parser = new CsvParser(text, configuration);
        var header = Next(parser, path) ?? throw new SourceFileException(path, 1, "the file is empty; expected a header row");
        CheckHeader(path, header, expectedHeader);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns[header[i]] = i;
        }
        while (Next(parser, path) is { } fields)
        {
            var line = parser.RawRow;
            if (fields.Length != header.Length)
            {
                throw new SourceFileException(path, line,
                    $"the row has {fields.Length} fields, the header {header.Length} (a separator or a decimal comma in the wrong place?)");
            }
            yield return new SourceRecord(path, line, columns, fields);
        }
    }

    private static string[]? Next(CsvParser parser, string path)
    {
        try
        {
            return parser.Read() ? parser.Record : null;
        }
        catch (DecoderFallbackException exception)
        {
            throw new SourceFileException(path, parser.RawRow + 1, $"the bytes are not UTF-8 ({exception.Message})");
        }
    }

    private static void CheckHeader(string path, string[] header, IReadOnlyList<string> expected)
    {
        for (var i = 0; i < Math.Max(header.Length, expected.Count); i++)
        {
            if (i >= header.Length)
            {
                throw new SourceFileException(path, 1, $"missing column '{expected[i]}' (column {i + 1})");
            }
            if (i >= expected.Count)
            {
                throw new SourceFileException(path, 1, $"unexpected column '{header[i]}' (column {i + 1}); the reader knows {expected.Count} columns");
            }
            if (!string.Equals(header[i], expected[i], StringComparison.Ordinal))
            {
                throw new SourceFileException(path, 1, $"column {i + 1} is '{header[i]}', expected '{expected[i]}' (has the publisher changed the table?)");
            }
        }
    }
}
