using System.Globalization;
using CsvHelper;

namespace OpenIntegrationData.SeedBuilder.Tests.Support;

/// <summary>Reads a committed seed-data file with CsvHelper (independently of the builder's writer), rows by column name.</summary>
internal static class SeedCsv
{
    private static readonly Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Cache = new(StringComparer.Ordinal);

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string file)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(file, out var cached))
            {
                return cached;
            }
            using var reader = new StreamReader(Path.Combine(SharedData.RepositoryRoot, "seed-data", file));
            using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
            csv.Read();
            csv.ReadHeader();
            var header = csv.HeaderRecord!;
            var rows = new List<IReadOnlyDictionary<string, string>>();
            while (csv.Read())
            {
                rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? "", StringComparer.Ordinal));
            }
            Cache[file] = rows;
            return rows;
        }
    }
}
