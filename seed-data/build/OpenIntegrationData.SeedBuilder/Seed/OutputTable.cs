using System.Globalization;
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

    public string Name { get; } = name;
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
        var path = Path.Combine(folder, Name + ".csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
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
