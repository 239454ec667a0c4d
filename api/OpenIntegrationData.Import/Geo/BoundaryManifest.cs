using System.Globalization;
using OpenIntegrationData.Import.Csv;
using OpenIntegrationData.Import.Staging;

namespace OpenIntegrationData.Import.Geo;

/// <summary>
/// <c>boundaries.csv</c>: which GeoJSON file holds the outlines of which level of which municipality, and how its
/// features name their areas. One row per file:
/// <c>file</c> (relative to the folder), <c>municipality_ags</c>, <c>level_key</c> (empty: the file holds the
/// municipality's own outline), <c>code_property</c> and <c>name_property</c> (the feature properties with the area's
/// code and name), <c>source_key</c> (the source of the outlines), and optionally <c>recoded_features</c>:
/// <c>feature number=code</c> pairs separated by <c>;</c> for a published file that gives two features one code.
/// </summary>
internal static class BoundaryManifest
{
    public const string FileName = "boundaries.csv";

    private static readonly string[] Required = ["file", "municipality_ags", "level_key", "code_property", "name_property", "source_key"];
    private static readonly string[] Optional = ["recoded_features"];

    /// <summary>One row: a boundary file and what it holds, with the manifest line and the column of each field (for problems).</summary>
    public sealed record Entry(
        int Line,
        string File,
        string MunicipalityKey,
        string? LevelKey,
        BoundaryProperties Properties,
        string SourceKey,
        IReadOnlyDictionary<int, string> RecodedFeatures,
        IReadOnlyDictionary<string, int> Columns);

    public static async Task<IReadOnlyList<Entry>> ReadAsync(string path, ProblemCollector problems, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous);
        var reader = new CsvRecordReader(stream);
        var header = await reader.ReadAsync(cancellationToken);
        if (header is null)
        {
            problems.Add(FileName, 1, 1, "the file is empty; a header row is required");
            return [];
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < header.Fields.Count; index++)
        {
            var name = header.Fields[index];
            if (!Required.Contains(name) && !Optional.Contains(name))
            {
                problems.Add(FileName, header.Line, index + 1, $"unknown column '{name}'; expected columns: {string.Join(", ", Required.Concat(Optional))}");
            }
            else if (!columns.TryAdd(name, index))
            {
                problems.Add(FileName, header.Line, index + 1, $"column '{name}' appears twice");
            }
        }

        foreach (var missing in Required.Where(name => !columns.ContainsKey(name)))
        {
            problems.Add(FileName, header.Line, header.Fields.Count + 1, $"missing column '{missing}'");
        }

        if (Required.Any(name => !columns.ContainsKey(name)))
        {
            return [];
        }

        var entries = new List<Entry>();
        while (!problems.IsFull && await reader.ReadAsync(cancellationToken) is { } record)
        {
            if (EntryOf(record, header.Fields.Count, columns, problems) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static Entry? EntryOf(CsvRecord record, int fieldCount, Dictionary<string, int> columns, ProblemCollector problems)
    {
        foreach (var problem in record.Problems)
        {
            problems.Add(FileName, record.Line, problem.Column, problem.Reason);
        }

        if (record.Fields.Count != fieldCount)
        {
            problems.Add(FileName, record.Line, Math.Min(record.Fields.Count, fieldCount) + 1, $"expected {fieldCount} fields as in the header, found {record.Fields.Count}");
            return null;
        }

        string Field(string name) => columns.TryGetValue(name, out var index) ? record.Fields[index].Trim() : "";
        var ok = record.Problems.Count == 0;
        foreach (var name in Required.Where(name => name != "level_key" && Field(name).Length == 0))
        {
            problems.Add(FileName, record.Line, columns[name] + 1, $"'{name}' is empty; every boundary file needs it");
            ok = false;
        }

        var file = Field("file");
        if (file.Length > 0 && (Path.IsPathRooted(file) || file.Split('/', '\\').Contains("..")))
        {
            problems.Add(FileName, record.Line, columns["file"] + 1, $"'file' must name a file inside the import folder, not \"{file}\"");
            ok = false;
        }

        var recoded = new Dictionary<int, string>();
        foreach (var pair in Field("recoded_features").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || parts[1].Length == 0)
            {
                problems.Add(FileName, record.Line, columns["recoded_features"] + 1, $"'recoded_features': \"{pair}\" is not \"<feature number>=<code>\"");
                ok = false;
                continue;
            }

            recoded[number] = parts[1];
        }

        return ok
            ? new Entry(record.Line, file, Field("municipality_ags"), Field("level_key") is { Length: > 0 } level ? level : null,
                new BoundaryProperties(Field("code_property"), Field("name_property")), Field("source_key"), recoded,
                columns.ToDictionary(pair => pair.Key, pair => pair.Value + 1))
            : null;
    }
}
