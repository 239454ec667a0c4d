using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using OpenIntegrationData.Import.Catalog;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>One output CSV file: fixed columns, rows in the order they were added.</summary>
internal sealed class OutputTable(string name, params string[] columns)
{
    private readonly List<string[]> _rows = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <summary>The file of an imported table, with the columns the importer reads, in the catalog's order.</summary>
    public static OutputTable For(string table) => new(table, [.. ImportFileColumns.Of(table)]);

    /// <summary>A further, gzip-compressed file of an imported table (<c>&lt;table&gt;.&lt;part&gt;.csv.gz</c>, which the importer reads after <c>&lt;table&gt;.csv</c>).</summary>
    public static OutputTable CompressedPart(string table, string part) =>
        new(table, [.. ImportFileColumns.Of(table)]) { FileName = TableFiles.NameOf(table, part, compressed: true) };

    public string Name { get; } = name;

    public string FileName { get; private init; } = TableFiles.NameOf(name);
    public IReadOnlyList<string> Columns { get; } = columns;

    /// <summary>The natural keys of the rows added so far.</summary>
    public IReadOnlySet<string> Keys => _keys;
    public int Count => _rows.Count;

    /// <summary>Adds a row given by column name; unknown names are a bug of the builder.</summary>
    public void Add(IReadOnlyDictionary<string, string?> values, string? naturalKey = null)
    {
        foreach (var name in values.Keys)
        {
            if (!Columns.Contains(name))
            {
                throw new InvalidOperationException($"{Name}: unknown column '{name}'");
            }
        }
        if (naturalKey is not null && !_keys.Add(naturalKey))
        {
            throw new InvalidOperationException($"{Name}: duplicate natural key '{naturalKey}'");
        }
        _rows.Add([.. Columns.Select(c => values.TryGetValue(c, out var v) ? v ?? "" : "")]);
    }

    public void WriteTo(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!TableFiles.IsCompressed(FileName))
        {
            using var file = new FileStream(path, FileMode.Create);
            WriteCsv(file);
            return;
        }
        var content = new MemoryStream();
        WriteCsv(content);
        // Compressed bytes may change with the runtime's zlib; the content is what counts (and what the tests pin),
        // so a file whose content is unchanged keeps its bytes and git sees no change.
        if (File.Exists(path) && Decompress(path).AsSpan().SequenceEqual(content.GetBuffer().AsSpan(0, (int)content.Length)))
        {
            return;
        }
        using var output = new FileStream(path, FileMode.Create);
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize);
        content.Position = 0;
        content.CopyTo(gzip);
    }

    /// <summary>The content of a gzip-compressed file.</summary>
    public static byte[] Decompress(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var content = new MemoryStream();
        gzip.CopyTo(content);
        return content.ToArray();
    }

    private void WriteCsv(Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var csv = new CsvWriter(writer, config);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }
        csv.NextRecord();
        foreach (var row in _rows)
        {
            foreach (var value in row)
            {
                csv.WriteField(value);
            }
            csv.NextRecord();
        }
    }
}
