using OpenIntegrationData.SeedBuilder.Readers.SharedData;
using OpenIntegrationData.SeedBuilder.Seed;
using OpenIntegrationData.SeedBuilder.Tests.Support;

namespace OpenIntegrationData.SeedBuilder.Tests.Seed;

/// <summary>The committed seed-data folder is exactly what the builder makes of ../shared/data, and cites no copies.</summary>
public sealed class SeedOutputTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("oid-seed-build-").FullName;

    private static string Committed => Path.Combine(SharedData.RepositoryRoot, "seed-data");

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void Builder_output_is_byte_for_byte_the_committed_seed_data()
    {
        SeedDataBuilder.BuildInto(SharedData.Folder, _output);
        var built = SeedFiles(_output);
        Assert.Equal(SeedFiles(Committed), built);
        foreach (var file in built)
        {
            Assert.True(Content(Path.Combine(Committed, file)).AsSpan().SequenceEqual(Content(Path.Combine(_output, file))),
                $"seed-data/{file} differs from the builder's output: run the builder (seed-data/README.md) and commit its output");
        }
    }

    [Fact]
    public void Compressed_part_is_gzip_and_holds_Berlins_small_area_tables()
    {
        var part = Path.Combine(Committed, "population_observation.berlin-detail.csv.gz");
        var bytes = File.ReadAllBytes(part);
        Assert.True(bytes is [0x1f, 0x8b, ..], "not gzip");
        // Well below GitHub's 100 MB per file, and small beside the 92 MB it holds.
        Assert.InRange(bytes.Length, 1, 8 * 1024 * 1024);
        var lines = System.Text.Encoding.UTF8.GetString(Content(part)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", OpenIntegrationData.Import.Catalog.ImportFileColumns.Of("population_observation")), lines[0]);
        Assert.All(lines.Skip(1), line => Assert.Matches("^11000000,.*,(bezirksregion|planungsraum)-lor20(06|21),", line));
    }

    /// <summary>The seed files of a folder: plain CSV and compressed parts.</summary>
    private static List<string> SeedFiles(string folder) =>
        [.. Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".csv.gz", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>What a file holds: a compressed file's content, not its bytes (those may change with the runtime's zlib).</summary>
    private static byte[] Content(string path) => path.EndsWith(".gz", StringComparison.Ordinal) ? OutputTable.Decompress(path) : File.ReadAllBytes(path);

    [Fact]
    public void No_source_cites_a_host_the_figures_were_only_read_on()
    {
        // Hosts of the copies the figures were read on (mirrors, scrapers, spam), minus hosts that are also cited as the real thing.
        var rows = SharedDataCsv.Read(SharedData.Folder, "duesseldorf_area_population.csv").Select(r => (Cited: r["source_url"], Copy: r["retrieved_copy_url"]))
            .Concat(SharedDataCsv.Read(SharedData.Folder, "city_facts.csv").Select(r => (Cited: r["source"], Copy: r["retrieved_copy_url"])))
            .ToList();
        var cited = rows.Select(r => Host(r.Cited)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        // github.com also hosts projects' own repositories (Open SDG), which are cited as their publisher's pages.
        var copies = rows.Select(r => Host(r.Copy)).OfType<string>().Where(h => !cited.Contains(h) && h != "github.com").ToHashSet(StringComparer.Ordinal);
        copies.UnionWith(["hqproductreviews.com", "perceptiode.com", "dnhewrhegkli.shop"]);

        var served = ReadSourceUrls();
        Assert.NotEmpty(served);
        Assert.DoesNotContain(served, url => copies.Contains(Host(url)!));
        Assert.DoesNotContain(served, url => rows.Any(r => r.Copy == url));
    }

    private static List<string> ReadSourceUrls()
    {
        using var reader = new StreamReader(Path.Combine(Committed, "source.csv"));
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var urls = new List<string>();
        while (csv.Read())
        {
            if (csv.GetField("url") is { Length: > 0 } url)
            {
                urls.Add(url);
            }
        }
        return urls;
    }

    private static string? Host(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.TrimEnd('.').Replace("www.", "", StringComparison.Ordinal) : null;
}
