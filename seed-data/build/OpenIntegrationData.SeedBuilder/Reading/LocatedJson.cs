using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpenIntegrationData.SeedBuilder.Reading;

public enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    Literal,
}

/// <summary>
/// A JSON value that remembers its file and line, so a reader can refuse a value with <c>file:line</c>
/// (System.Text.Json's documents forget where their values were). Property order is kept as published.
/// </summary>
public sealed class LocatedJson
{
    private LocatedJson(string file, int line, JsonKind kind, string text, IReadOnlyList<(string Name, LocatedJson Value)> properties, IReadOnlyList<LocatedJson> items)
    {
        File = file;
        Line = line;
        Kind = kind;
        Text = text;
        Properties = properties;
        Items = items;
    }

    public string File { get; }

    public int Line { get; }

    public JsonKind Kind { get; }

    /// <summary>A string's value, a number's or literal's text as written.</summary>
    public string Text { get; }

    public IReadOnlyList<(string Name, LocatedJson Value)> Properties { get; }

    public IReadOnlyList<LocatedJson> Items { get; }

    public static LocatedJson Read(string path)
    {
        var bytes = System.IO.File.ReadAllBytes(path);
        var lineStarts = new List<long>();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                lineStarts.Add(i);
            }
        }
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
            {
                throw new SourceFileException(path, 1, "the file is empty; expected JSON");
            }
            var root = ReadValue(ref reader, path, lineStarts);
            return reader.Read() ? throw new SourceFileException(path, LineOf(lineStarts, reader.TokenStartIndex), "text after the JSON value") : root;
        }
        catch (JsonException exception)
        {
            throw new SourceFileException(path, (int)(exception.LineNumber ?? 0) + 1, $"not valid JSON: {exception.Message}");
        }
        catch (DecoderFallbackException exception)
        {
            throw new SourceFileException(path, 0, $"the bytes are not UTF-8 ({exception.Message})");
        }
    }

    private static int LineOf(List<long> newlines, long offset)
    {
        var index = newlines.BinarySearch(offset);
        return (index < 0 ? ~index : index) + 1;
    }

    private static LocatedJson ReadValue(ref Utf8JsonReader reader, string file, List<long> newlines)
    {
        var line = LineOf(newlines, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<(string, LocatedJson)>();
                var names = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    var nameLine = LineOf(newlines, reader.TokenStartIndex);
                    if (!names.Add(name))
                    {
                        throw new SourceFileException(file, nameLine, $"property '{name}' appears twice");
                    }
                    reader.Read();
                    properties.Add((name, ReadValue(ref reader, file, newlines)));
                }
                return new LocatedJson(file, line, JsonKind.Object, "", properties, []);
            case JsonTokenType.StartArray:
                var items = new List<LocatedJson>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, file, newlines));
                }
                return new LocatedJson(file, line, JsonKind.Array, "", [], items);
            case JsonTokenType.String:
                return new LocatedJson(file, line, JsonKind.String, reader.GetString()!, [], []);
            case JsonTokenType.Number:
                return new LocatedJson(file, line, JsonKind.Number, Encoding.UTF8.GetString(reader.ValueSpan), [], []);
            default:
                return new LocatedJson(file, line, JsonKind.Literal, Encoding.UTF8.GetString(reader.ValueSpan), [], []);
        }
    }

    public SourceFileException Problem(string reason) => new(File, Line, reason);

    /// <summary>A property that must be there.</summary>
    public LocatedJson this[string name] =>
        Kind != JsonKind.Object ? throw Problem($"expected an object with '{name}', found {Kind}")
        : Properties.FirstOrDefault(p => p.Name == name).Value ?? throw Problem($"missing property '{name}'");

    public string String() => Kind == JsonKind.String ? Text : throw Problem($"expected a string, found {Kind} {Text}");

    /// <summary>A whole, non-negative number.</summary>
    public int Count() =>
        Kind == JsonKind.Number && Text.All(char.IsAsciiDigit) && int.TryParse(Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Problem($"expected a count (whole number ≥ 0), found {Kind} '{Text}'");

    public decimal Decimal() =>
        Kind == JsonKind.Number && decimal.TryParse(Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Problem($"expected a number, found {Kind} '{Text}'");

    public IReadOnlyList<LocatedJson> Array() => Kind == JsonKind.Array ? Items : throw Problem($"expected an array, found {Kind}");

    public IReadOnlyList<(string Name, LocatedJson Value)> Object() => Kind == JsonKind.Object ? Properties : throw Problem($"expected an object, found {Kind}");
}
