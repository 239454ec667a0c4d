using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Readers.Berlin;

/// <summary>
/// Reads the Berlin LOR population CSVs (open-data-product, from Statistik Berlin-Brandenburg's report A I 16 – hj):
/// comma-separated UTF-8, header <c>id</c>, the counts, then each count again as <c>_percentage</c>. Counts must be
/// whole numbers, ids must have the level's number of digits, and the header must be the table's own.
/// The percentages are the product's arithmetic and are checked for form only.
/// </summary>
public static class BerlinLorReader
{
    private const string Inhabitants = "inhabitants";
    private const string Foreigners = "inhabitants_foreigners";

    private static readonly string[] T1Counts =
    [
        Inhabitants, "inhabitants_with_migration_background", "inhabitants_germans",
        "inhabitants_germans_without_migration_background", "inhabitants_germans_with_migration_background", Foreigners,
    ];

    private static readonly string[] T2Counts =
        [Inhabitants, .. BerlinAgeBand.All.Select(b => "inhabitants_age_" + b.ColumnSuffix), "inhabitants_female", Foreigners];

    private static readonly string[] T3Counts =
    [
        Inhabitants, .. BerlinAgeBand.All.Select(b => "inhabitants_with_migration_background_age_" + b.ColumnSuffix),
        "inhabitants_with_migration_background_female", Foreigners,
    ];

    private static readonly string[] T4Counts = [Inhabitants, .. BerlinOrigins.All.Select(o => "inhabitants_from_" + o.Key)];

    /// <summary>The expected header of table 1 to 4.</summary>
    public static IReadOnlyList<string> Header(int table)
    {
        var counts = Counts(table);
        return ["id", .. counts, .. counts.Select(c => c + "_percentage")];
    }

    public static IReadOnlyList<BerlinResidents> ReadT1(BerlinLorFile file) =>
        [.. Read(file, 1, (id, c) => new BerlinResidents(id, c[0], c[1], c[2], c[3], c[4], c[5]))];

    public static IReadOnlyList<BerlinResidentsByAge> ReadT2(BerlinLorFile file) =>
        [.. Read(file, 2, (id, c) => new BerlinResidentsByAge(id, c[0], c[1..9], c[9], c[10]))];

    public static IReadOnlyList<BerlinMigrationBackgroundByAge> ReadT3(BerlinLorFile file) =>
        [.. Read(file, 3, (id, c) => new BerlinMigrationBackgroundByAge(id, c[0], c[1..9], c[9], c[10]))];

    public static IReadOnlyList<BerlinMigrationBackgroundByOrigin> ReadT4(BerlinLorFile file) =>
        [.. Read(file, 4, (id, c) => new BerlinMigrationBackgroundByOrigin(id, c[0],
            BerlinOrigins.All.Select((o, i) => (o.Key, Count: c[i + 1])).ToDictionary(p => p.Key, p => p.Count, StringComparer.Ordinal)))];

    private static string[] Counts(int table) => table switch
    {
        1 => T1Counts,
        2 => T2Counts,
        3 => T3Counts,
        4 => T4Counts,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Berlin publishes tables 1 to 4"),
    };

    private static IEnumerable<T> Read<T>(BerlinLorFile file, int table, Func<string, int[], T> create)
    {
        if (file.Table != table)
        {
            throw new SourceFileException(file.Path, 0, $"this is table {file.Table}, not table {table}");
        }
        var counts = Counts(table);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in DelimitedFile.Read(file.Path, ',', Header(table)))
        {
            var id = record["id"];
            if (id.Length != file.Level.IdLength() || !id.All(char.IsAsciiDigit) || (file.Level == BerlinLevel.City && id != "0"))
            {
                throw record.Problem("id", $"'{id}' is not a {file.Level} id ({file.Level.IdLength()} digits{(file.Level == BerlinLevel.City ? ", \"0\"" : "")})");
            }
            if (!seen.Add(id))
            {
                throw record.Problem("id", $"'{id}' appears twice");
            }
            var values = counts.Select(record.Count).ToArray();
            foreach (var column in counts)
            {
                record.Double(column + "_percentage");
            }
            yield return create(id, values);
        }
    }
}
