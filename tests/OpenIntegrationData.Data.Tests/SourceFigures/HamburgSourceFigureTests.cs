using System.Globalization;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.SourceFigures;

/// <summary>
/// Hamburg's Stadtteil profiles (Statistikamt Nord, 31.12.2013): residents, foreigners and a sample of the other
/// indicators of the city and its seven Bezirke (every total the source publishes) and of a sample of Stadtteile,
/// German number format as published.
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

    /// <summary>Columns of the profiles and the indicator each is served as, with the year it counts for: a share, a count
    /// with negative values and a "-", a figure of 2010, prices with "." where the office publishes none, a ratio with
    /// a decimal comma, a school year.</summary>
    private static readonly (string Header, string Code, int Year)[] SampleIndicators =
    [
        ("Ausländeranteil in %", "auslaenderanteil", 2013),
        ("Arbeitslosenanteil in % (Dez 2013)", "arbeitslosenanteil", 2013),
        ("Wanderungssaldo", "wanderungssaldo", 2013),
        ("Durchschnitt-liches Einkommen je Steuerpflichtigen in EUR (2010)", "einkommen-je-steuerpflichtigen", 2010),
        ("Preise für Eigentums-wohnungen in EUR/m² (Jan 2014)", "preise-eigentumswohnungen", 2014),
        ("Personen je Haushalt", "personen-je-haushalt", 2013),
        ("Anteil der Schülerinnen und Schüler in Gymnasien in % (2013/2014)", "anteil-schueler-gymnasien", 2013),
    ];

    [Fact]
    public async Task Indicators_CityBezirkeAndSampleStadtteile_AsInTheSourceFile_AndBlankCellsAbsent()
    {
        var lines = File.ReadAllLines(SharedDataFolder.Cities("hamburg", "population", "Daten_fuer_die_Stadtteilprofile_2014.csv"), System.Text.Encoding.UTF8)
            .Where(static l => l.Length > 0).ToList();
        var header = lines[0].Split(';').ToList();
        var rows = lines.Skip(1).Select(static l => l.Split(';')).ToList();
        var stadtteile = rows[..^8];
        var sample = new[] { stadtteile[0], stadtteile[stadtteile.Count / 2], stadtteile[^1] }
            .Concat(stadtteile.Where(static s => s.Any(static c => c.Trim() is "." or "-")).Take(3))
            .Select(static s => (Row: s, Area: $$"""area: { level: { key: { eq: "stadtteil" } }, name: { eq: "{{s[0].Trim()}}" } }"""))
            .Prepend((Row: rows[^1], Area: "area: { id: { eq: null } }"))
            .Concat(rows[^8..^1].Select(static b => (Row: b, Area: $$"""area: { level: { key: { eq: "bezirk" } }, name: { eq: "{{b[0].Trim()}}" } }""")))
            .ToList();

        var figures = new ServedFigures("indicatorObservations");
        foreach (var (column, code, year) in SampleIndicators)
        {
            var index = header.IndexOf(column);
            Assert.True(index > 0, column);
            foreach (var (row, area) in sample)
            {
                var cell = row[index].Trim();
                figures.Add($"{row[0].Trim()} {column}",
                    $$"""indicator: { code: { eq: "statistik-nord:stadtteilprofile/{{code}}" } }, municipality: { key: { eq: "02000000" } }, {{area}}, year: { eq: {{year}} }""",
                    cell is "." or "-" ? null : Number(cell));
            }
        }

        await figures.AssertServedAsync(_client);
        Assert.Contains(sample, static s => s.Row.Any(static c => c.Trim() == "."));
    }

    [Fact]
    public async Task Indicators_OfRowsThatCombineTwoStadtteile_AreServedForNeither()
    {
        const string parts = """
            municipality: { key: { eq: "02000000" } }, level: { key: { eq: "stadtteil" } },
            name: { in: ["Kleiner Grasbrook", "Steinwerder", "Waltershof", "Finkenwerder", "Neuland", "Gut Moor", "Moorburg", "Altenwerder"] }
            """;
        var data = await _client.DataAsync($$"""
            { areas(where: { {{parts}} }) { totalCount }
              indicatorObservations(where: { area: { {{parts}} } }) { totalCount } }
            """);

        Assert.Equal(8, data["areas"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, data["indicatorObservations"]!["totalCount"]!.GetValue<int>());
    }

    /// <summary>German number format: decimal comma (the tests run without culture data, so it is spelt out here).</summary>
    private static readonly NumberFormatInfo German = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    /// <summary>A German-formatted count: spaces as thousands separators, padded with spaces.</summary>
    private static decimal Number(string field) =>
        decimal.Parse(field.Replace(" ", "", StringComparison.Ordinal), NumberStyles.Number, German);
}
