using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using OpenIntegrationData.Import.Catalog;

namespace OpenIntegrationData.Import.Tests.Support;

/// <summary>The repository's seed-data/*.csv and *.csv.gz, copied next to the test assembly by the project file.</summary>
internal static class SeedDataFolder
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seed-data");

    /// <summary>Records (rows after the header) of a table's seed files (<c>&lt;table&gt;.csv</c> and its parts
    /// <c>&lt;table&gt;.&lt;part&gt;.csv.gz</c>), counted with CsvHelper rather than the importer's reader.</summary>
    public static int CountRecords(string table) =>
        Directory.GetFiles(Path).Where(f => TableFiles.TableNameOf(System.IO.Path.GetFileName(f)) == table).Sum(CountFileRecords);

    private static int CountFileRecords(string file)
    {
        using var stream = File.OpenRead(file);
        using var reader = new StreamReader(TableFiles.IsCompressed(file) ? new GZipStream(stream, CompressionMode.Decompress) : stream);
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
