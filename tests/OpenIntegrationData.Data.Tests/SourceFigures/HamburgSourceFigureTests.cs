using System.Globalization;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.SourceFigures;

/// <summary>
/// Hamburg's Stadtteil profiles (Statistikamt Nord, 31.12.2013): residents and foreigners of the city and its seven
/// Bezirke (every total the source publishes) and of a sample of Stadtteile, German number format as published.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class HamburgSourceFigureTests(SeededGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);

    [Fact]
    public async Task ResidentsAndForeigners_CityBezirkeAndSampleStadtteile_AsInTheSourceFile()
    {
        var lines = File.ReadAllLines(SharedDataFolder.Cities("hamburg", "population", "Daten_fuer_die_Stadtteilprofile_2014.csv"), System.Text.Encoding.UTF8)
            .Where(static l => l.Length > 0).ToList();
        var header = lines[0].Split(';').Select(static h => h.Trim()).ToList();
        var residents = header.IndexOf("Bevölkerung");
        var foreigners = header.IndexOf("Ausländerinnen und Ausländer");
        var rows = lines.Skip(1).Select(static l => l.Split(';')).ToList();
        // The file lists the Stadtteile, then the seven Bezirke, then Hamburg itself.
        var city = rows[^1];
        var bezirke = rows[^8..^1];
        var stadtteile = rows[..^8];
        Assert.Equal("Hamburg", city[0].Trim());

        var figures = new ServedFigures();
        foreach (var (row, area) in new[] { (city, "area: { id: { eq: null } }") }
                     .Concat(bezirke.Select(b => (b, $$"""area: { level: { key: { eq: "bezirk" } }, name: { eq: "{{b[0].Trim()}}" } }""")))
                     .Concat(new[] { stadtteile[0], stadtteile[stadtteile.Count / 2], stadtteile[^1] }
                         .Select(s => (s, $$"""area: { level: { key: { eq: "stadtteil" } }, name: { eq: "{{s[0].Trim()}}" } }"""))))
        {
            var common = $$"""municipality: { key: { eq: "02000000" } }, {{area}}, year: { eq: 2013 }, measure: { key: { eq: "residents" } }, migrationCategory: { eq: ALL }, sex: { eq: null }, ageGroup: { eq: null }""";
            figures.Add($"{row[0].Trim()} residents", $"{common}, nationality: {{ id: {{ eq: null }} }}, nationalityGroup: {{ id: {{ eq: null }} }}", Number(row[residents]));
            figures.Add($"{row[0].Trim()} foreigners", $$"""{{common}}, nationalityGroup: { key: { eq: "foreign" } }""", Number(row[foreigners]));
        }

        await figures.AssertServedAsync(_client);
    }

    /// <summary>German number format: decimal comma (the tests run without culture data, so it is spelt out here).</summary>
    private static readonly NumberFormatInfo German = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    /// <summary>A German-formatted count: spaces as thousands separators, padded with spaces.</summary>
    private static decimal Number(string field) =>
        decimal.Parse(field.Replace(" ", "", StringComparison.Ordinal), NumberStyles.Number, German);
}
