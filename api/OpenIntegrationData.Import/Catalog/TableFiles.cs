using OpenIntegrationData.Import.Staging;

namespace OpenIntegrationData.Import.Catalog;

/// <summary>
/// Which files of a folder feed which table. A table's file is <c>&lt;table&gt;.csv</c>; further files of the same
/// table may follow as <c>&lt;table&gt;.&lt;part&gt;.csv</c>; any of them may be gzip-compressed (<c>.csv.gz</c>).
/// So a large table ships compressed, and the part people read and review stays plain text beside it
/// (the seed keeps its main population file readable and Berlin's small-area figures as a compressed part).
/// The naming is public for programs that write or pick such files (the seed builder, the tests).
/// </summary>
public static class TableFiles
{
    public const string Plain = ".csv";

    public const string Compressed = ".csv.gz";

    /// <summary>The name of <paramref name="table"/>'s own file, or with <paramref name="part"/> of one of its further files.</summary>
    public static string NameOf(string table, string? part = null, bool compressed = false) =>
        table + (part is null ? "" : "." + part) + (compressed ? Compressed : Plain);

    /// <summary>The table a file's name says it feeds (whether or not the catalog knows that table); null for a name
    /// that is no table file (not <c>.csv</c> or <c>.csv.gz</c>, or an empty part).</summary>
    public static string? TableNameOf(string fileName)
    {
        if (StemOf(fileName) is not { } stem)
        {
            return null;
        }
        var dot = stem.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? stem : dot == stem.Length - 1 ? null : stem[..dot];
    }

    /// <summary>True for a further file of a table (<c>&lt;table&gt;.&lt;part&gt;.csv</c> or <c>.csv.gz</c>).</summary>
    public static bool IsPart(string fileName) => TableNameOf(fileName) is { } table && StemOf(fileName) != table;

    public static bool IsCompressed(string fileName) => fileName.EndsWith(Compressed, StringComparison.Ordinal);

    /// <summary>One file of a table, with the path it is read from.</summary>
    internal sealed record TableFile(TableImport Table, string Name, string Path)
    {
        public bool IsCompressed => TableFiles.IsCompressed(Name);
    }

    /// <summary>
    /// The table files of <paramref name="folder"/> in import order: tables in the catalog's order, each table's own file
    /// first, then its parts in ordinal order of their names. A file that feeds no table, and a file present both plain
    /// and compressed, are reported (all of it is refused rather than guessed at).
    /// </summary>
    internal static IReadOnlyList<TableFile> InFolder(string folder, IReadOnlyList<string> ignored, ProblemCollector problems)
    {
        var found = new List<TableFile>();
        foreach (var name in Directory.EnumerateFiles(folder).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            if (ignored.Contains(name) || StemOf(name) is not { } stem)
            {
                continue;
            }
            if (ImportCatalog.Tables.FirstOrDefault(t => t.Table == TableNameOf(name)) is not { } table)
            {
                problems.Add(name, 1, 1, $"unknown file; expected one of {string.Join(", ", ImportCatalog.Tables.Select(t => t.FileName))} (or <table>.<part>.csv, each also as .csv.gz)");
                continue;
            }
            if (IsCompressed(name) && File.Exists(System.IO.Path.Combine(folder, stem + Plain)))
            {
                problems.Add(name, 1, 1, $"both {stem + Plain} and {name} are in the folder; keep one of them");
                continue;
            }
            found.Add(new TableFile(table, name, System.IO.Path.Combine(folder, name)));
        }
        var order = ImportCatalog.Tables.Select((table, index) => (table, index)).ToDictionary(t => t.table, t => t.index);
        return
        [
            .. found.OrderBy(f => order[f.Table])
                .ThenBy(f => IsPart(f.Name) ? 1 : 0)
                .ThenBy(f => f.Name, StringComparer.Ordinal),
        ];
    }

    /// <summary>The name without <c>.csv</c> or <c>.csv.gz</c>; null for a file that is neither.</summary>
    private static string? StemOf(string name) =>
        name.EndsWith(Compressed, StringComparison.Ordinal) ? name[..^Compressed.Length]
        : name.EndsWith(Plain, StringComparison.Ordinal) ? name[..^Plain.Length]
        : null;
}
