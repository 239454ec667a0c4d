using System.Globalization;
using CsvHelper;

namespace OpenIntegrationData.Import.Tests.Support;

/// <summary>The repository's seed-data/*.csv, copied next to the test assembly by the project file.</summary>
internal static class SeedDataFolder
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seed-data");

    /// <summary>Records (rows after the header) of one seed file, counted with CsvHelper rather than the importer's reader.</summary>
    public static int CountRecords(string table)
    {
        using var reader = new StreamReader(System.IO.Path.Combine(Path, table + ".csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var count = 0;
        while (csv.Read())
        {
            count++;
        }
        return count;
    }
}
