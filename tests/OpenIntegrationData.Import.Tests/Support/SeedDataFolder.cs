using System.Globalization;
using System.IO.Compression;
using CsvHelper;

namespace OpenIntegrationData.Import.Tests.Support;

/// <summary>The repository's seed-data/*.csv and *.csv.gz, copied next to the test assembly by the project file.</summary>
internal static class SeedDataFolder
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seed-data");

    /// <summary>Records (rows after the header) of a table's seed files (<c>&lt;table&gt;.csv</c> and its parts
    /// <c>&lt;table&gt;.&lt;part&gt;.csv.gz</c>), counted with CsvHelper rather than the importer's reader.</summary>
    public static int CountRecords(string table) =>
        Directory.GetFiles(Path, table + ".*").Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".csv.gz", StringComparison.Ordinal))
            .Where(f => System.IO.Path.GetFileName(f).Split('.')[0] == table)
            .Sum(CountFileRecords);

    private static int CountFileRecords(string file)
    {
        using var stream = File.OpenRead(file);
        using var reader = new StreamReader(file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream);
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
