using OpenIntegrationData.SeedBuilder.Reading;
using OpenIntegrationData.SeedBuilder.Readers.Muenchen;
using OpenIntegrationData.SeedBuilder.Tests.Support;

namespace OpenIntegrationData.SeedBuilder.Tests.Readers;

/// <summary>München's Indikatorenatlas files, checked against their own sums.</summary>
public sealed class IndikatorenatlasReaderTests
{
    private static readonly string Mobility = SharedData.Path("cities", "muenchen", "population", "indikat2510_bevoelkerung_mobilitaetsziffer_28_10_25.csv");
    private static readonly string Density = SharedData.Path("cities", "muenchen", "population", "indikat2510_bevoelkerung_bevoelkerungsdichte_28_10_25.csv");

    private static IReadOnlyList<IndikatorenatlasRecord> MobilityRows => IndikatorenatlasReader.Read(Mobility, "Mobilitätsziffer");

    [Fact]
    public void Mobility_file_has_city_and_25_Stadtbezirke_for_each_Auspraegung_and_year_2000_to_2024()
    {
        var rows = MobilityRows;
        Assert.Equal(26 * 3 * 25, rows.Count);
        Assert.Equal(26, rows.Select(r => r.Area.Code).Distinct().Count());
        Assert.Equal(Enumerable.Range(2000, 25), rows.Select(r => r.Year).Distinct().Order());
        Assert.Equal([.. Enumerable.Range(1, 25).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture))],
            rows.Where(r => !r.Area.IsCity).Select(r => r.Area.Code!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Deutsch_plus_nichtdeutsch_is_insgesamt_for_every_area_and_year()
    {
        var rows = MobilityRows.ToDictionary(r => (r.Auspraegung, r.Year, r.Area.Code));
        foreach (var total in rows.Values.Where(r => r.Auspraegung == Auspraegung.Insgesamt))
        {
            var german = rows[(Auspraegung.Deutsch, total.Year, total.Area.Code)];
            var other = rows[(Auspraegung.Nichtdeutsch, total.Year, total.Area.Code)];
            // Moves (base values 1-4) are counts and add up exactly; the mean population (5) is published to 0.1.
            for (var i = 0; i < 4; i++)
            {
                Assert.Equal(total.BaseValues[i], german.BaseValues[i] + other.BaseValues[i]);
            }
            Assert.InRange(Math.Abs(total.BaseValues[4]!.Value - german.BaseValues[4]!.Value - other.BaseValues[4]!.Value), 0m, 0.1m);
            Assert.StartsWith("mittlere Hauptwohnsitzbevölkerung", total.BaseValueNames[4], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void City_mean_population_is_the_sum_of_the_Stadtbezirke_within_rounding()
    {
        foreach (var city in MobilityRows.Where(r => r.Area.IsCity))
        {
            var sum = MobilityRows.Where(r => !r.Area.IsCity && r.Year == city.Year && r.Auspraegung == city.Auspraegung).Sum(r => r.BaseValues[4]!.Value);
            // 25 means published to one decimal each: a few persons of rounding at most.
            Assert.InRange(Math.Abs(city.BaseValues[4]!.Value - sum), 0m, 5m);
        }
    }

    [Fact]
    public void Density_file_has_population_and_area_per_Stadtbezirk_adding_up_to_the_city()
    {
        var rows = IndikatorenatlasReader.Read(Density, "Bevölkerungsdichte");
        Assert.Equal(26 * 23, rows.Count);
        Assert.All(rows, r => Assert.Equal(Auspraegung.Insgesamt, r.Auspraegung));
        Assert.All(rows, r => Assert.Null(r.BaseValues[2]));
        foreach (var city in rows.Where(r => r.Area.IsCity))
        {
            var parts = rows.Where(r => !r.Area.IsCity && r.Year == city.Year).ToList();
            Assert.InRange(Math.Abs(city.BaseValues[0]!.Value - parts.Sum(r => r.BaseValues[0]!.Value)), 0m, 5m);
            // Areas are published to 0.1 km² each.
            Assert.InRange(Math.Abs(city.BaseValues[1]!.Value - parts.Sum(r => r.BaseValues[1]!.Value)), 0m, 25 * 0.05m);
        }
    }

    [Fact]
    public void German_decimal_comma_is_refused_with_line_and_column()
    {
        using var copy = new BrokenCopy(Mobility, t => t.Replace(",1110801.6,", ",\"1110801,6\",", StringComparison.Ordinal));
        var problem = Assert.Throws<SourceFileException>(() => IndikatorenatlasReader.Read(copy.Path, "Mobilitätsziffer"));
        Assert.Equal(copy.LineOf("\"1110801,6\""), problem.Line);
        Assert.Contains("column 'Basiswert.5': '1110801,6' is not a number with a decimal point", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_header_unknown_area_and_a_row_of_another_indicator_are_refused()
    {
        using (var header = new BrokenCopy(Mobility, t => t.Replace("\"Raumbezug\"", "\"Stadtbezirk\"", StringComparison.Ordinal)))
        {
            var problem = Assert.Throws<SourceFileException>(() => IndikatorenatlasReader.Read(header.Path, "Mobilitätsziffer"));
            Assert.Equal(1, problem.Line);
            Assert.Contains("column 4 is 'Stadtbezirk', expected 'Raumbezug'", problem.Message, StringComparison.Ordinal);
        }
        using (var area = new BrokenCopy(Mobility, t => t.Replace("\"01 Altstadt - Lehel\"", "\"Altstadt - Lehel\"", StringComparison.Ordinal)))
        {
            var problem = Assert.Throws<SourceFileException>(() => IndikatorenatlasReader.Read(area.Path, "Mobilitätsziffer"));
            Assert.Contains("'Altstadt - Lehel' is neither 'Stadt München' nor 'NN Name'", problem.Message, StringComparison.Ordinal);
        }
        var wrong = Assert.Throws<SourceFileException>(() => IndikatorenatlasReader.Read(Mobility, "Bevölkerungsdichte"));
        Assert.Equal(2, wrong.Line);
    }
}
