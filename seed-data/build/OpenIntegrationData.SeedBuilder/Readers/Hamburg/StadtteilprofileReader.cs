using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Readers.Hamburg;

/// <summary>Which kind of area a row of the profiles describes; the file has no codes, only names and their order.</summary>
public enum ProfileAreaKind
{
    Stadtteil,
    Bezirk,
    City,
}

/// <summary>
/// One row of the Stadtteil profiles. <see cref="Stadtteile"/> lists the Stadtteile a row covers: one, or two for the
/// four rows that combine two ("Kleiner Grasbrook und Steinwerder"). Cells are indexed like <see cref="ProfileColumns.All"/>.
/// </summary>
public sealed record StadtteilprofileRecord(int Line, string Name, ProfileAreaKind Kind, IReadOnlyList<string> Stadtteile, IReadOnlyList<GermanCell> Cells)
{
    public GermanCell this[ProfileColumn column] => Cells[column.Index - 1];
}

/// <summary>
/// Reads "Daten für die Stadtteilprofile 2014" as the repository copy has it: semicolon-separated UTF-8, German numbers,
/// the Stadtteil rows first, then the seven Bezirke and Hamburg. Four Bezirk names are also Stadtteil names, so a row's
/// kind follows from its position: the last eight rows must be the seven Bezirke in the office's order and "Hamburg".
/// </summary>
public static class StadtteilprofileReader
{
    public const string City = "Hamburg";

    public static IReadOnlyList<string> Bezirke { get; } =
        ["Hamburg-Mitte", "Altona", "Eimsbüttel", "Hamburg-Nord", "Wandsbek", "Bergedorf", "Harburg"];

    /// <summary>The rows that combine two Stadtteile, and which.</summary>
    public static IReadOnlyDictionary<string, string[]> CombinedRows { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Kleiner Grasbrook und Steinwerder"] = ["Kleiner Grasbrook", "Steinwerder"],
        ["Waltershof und Finkenwerder"] = ["Waltershof", "Finkenwerder"],
        ["Neuland und Gut Moor"] = ["Neuland", "Gut Moor"],
        ["Moorburg und Altenwerder"] = ["Moorburg", "Altenwerder"],
    };

    public static IReadOnlyList<StadtteilprofileRecord> Read(string path)
    {
        var records = DelimitedFile.Read(path, ';', ProfileColumns.Header).ToList();
        var firstBezirk = records.Count - Bezirke.Count - 1;
        if (firstBezirk < 1)
        {
            throw new SourceFileException(path, records.Count + 1, $"only {records.Count} rows; expected Stadtteile, then the {Bezirke.Count} Bezirke and {City}");
        }
        var rows = new List<StadtteilprofileRecord>();
        var stadtteile = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var name = record["Stadtgebiet"];
            var kind = i < firstBezirk ? ProfileAreaKind.Stadtteil : i < records.Count - 1 ? ProfileAreaKind.Bezirk : ProfileAreaKind.City;
            var expected = kind switch
            {
                ProfileAreaKind.Bezirk => Bezirke[i - firstBezirk],
                ProfileAreaKind.City => City,
                _ => null,
            };
            if (expected is not null && name != expected)
            {
                throw record.Problem("Stadtgebiet", $"'{name}' where the {kind} '{expected}' belongs (the last rows are the Bezirke in order, then {City})");
            }
            if (kind == ProfileAreaKind.Stadtteil && (name.Length == 0 || name != name.Trim() || !stadtteile.Add(name)))
            {
                throw record.Problem("Stadtgebiet", $"'{name}' is empty, padded or a second row of the same Stadtteil");
            }
            IReadOnlyList<string> covered = kind != ProfileAreaKind.Stadtteil ? []
                : CombinedRows.TryGetValue(name, out var parts) ? parts : [name];
            rows.Add(new StadtteilprofileRecord(record.Line, name, kind, covered, [.. ProfileColumns.All.Select(c => Cell(record, c))]));
        }
        return rows;
    }

    private static GermanCell Cell(SourceRecord record, ProfileColumn column)
    {
        var text = record.At(column.Index);
        if (!GermanNumber.TryParse(text, out var cell, out var problem))
        {
            throw record.Problem(column.Header, problem!);
        }
        return cell.Number is { } number && number != decimal.Truncate(number) && ProfileIndicators.Counts(column)
            ? throw record.Problem(column.Header, $"'{text}' has a decimal comma in a column of counts, which takes whole numbers (a figure from the next column?)")
            : cell;
    }
}
