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
        var built = Directory.GetFiles(_output, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Directory.GetFiles(Committed, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal), built);
        foreach (var file in built)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(Committed, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_output, file!))),
                $"seed-data/{file} differs from the builder's output: run the builder (seed-data/README.md) and commit its output");
        }
    }

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
