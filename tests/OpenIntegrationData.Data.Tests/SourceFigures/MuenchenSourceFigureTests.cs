using System.Globalization;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.SourceFigures;

/// <summary>
/// München's Indikatorenatlas (Landeshauptstadt München): the annual mean main-residence population, German,
/// non-German and in all, for the city (the total the source publishes) in every year and for every Stadtbezirk
/// in a sample of years, with its decimal as published.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class MuenchenSourceFigureTests(SeededGraphFixture fixture)
{
    private static readonly int[] SampleYears = [2000, 2012, 2024];

    private readonly GraphClient _client = new(fixture);

    [Fact]
    public async Task AnnualMeanPopulation_CityEveryYearAndStadtbezirkeInSampleYears_AsInTheSourceFile()
    {
        var figures = new ServedFigures();
        foreach (var row in Read())
        {
            var city = row.Place == "Stadt München";
            if (!city && !SampleYears.Contains(row.Year))
            {
                continue;
            }

            var area = city ? "area: { id: { eq: null } }" : $$"""area: { level: { key: { eq: "stadtbezirk" } }, code: { eq: "{{row.Place[..2]}}" } }""";
            var group = row.Kind switch
            {
                "deutsch" => """nationality: { alpha2: { eq: "DE" } }""",
                "nichtdeutsch" => """nationalityGroup: { key: { eq: "foreign" } }""",
                _ => "nationality: { id: { eq: null } }, nationalityGroup: { id: { eq: null } }",
            };
            figures.Add(
                $"{row.Year} {row.Place} {row.Kind}",
                $$"""municipality: { key: { eq: "09162000" } }, {{area}}, year: { eq: {{row.Year}} }, measure: { key: { eq: "residents-annual-mean" } }, {{group}}, migrationCategory: { eq: ALL }, sex: { eq: null }, ageGroup: { eq: null }""",
                row.MeanPopulation);
        }

        Assert.Equal(25 * 3 + 3 * 25 * 3, figures.Count);
        await figures.AssertServedAsync(_client);
    }

    /// <summary>The rows of the Mobilitätsziffer table: kind (deutsch, nichtdeutsch, insgesamt), year, place and Basiswert 5,
    /// the mean main-residence population (mittlere Hauptwohnsitzbevölkerung) of that kind.</summary>
    private static IEnumerable<(string Kind, int Year, string Place, decimal MeanPopulation)> Read()
    {
        var path = SharedDataFolder.Cities("muenchen", "population", "indikat2510_bevoelkerung_mobilitaetsziffer_28_10_25.csv");
        var lines = File.ReadAllLines(path);
        var header = Fields(lines[0]);
        Assert.Equal("mittlere Hauptwohnsitzbevölkerung", Fields(lines[1])[Array.IndexOf(header, "Name.Basiswert.5")].Split(" (")[0]);
        foreach (var line in lines.Skip(1).Where(static l => l.Length > 0))
        {
            var fields = Fields(line);
            yield return (fields[1], int.Parse(fields[2], CultureInfo.InvariantCulture), fields[3],
                decimal.Parse(fields[Array.IndexOf(header, "Basiswert.5")], CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Comma-separated with every text in double quotes and no commas inside them (checked by the header count).</summary>
    private static string[] Fields(string line) => [.. line.Split(',').Select(static f => f.Trim('"'))];
}
