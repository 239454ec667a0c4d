using System.Text.Json;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.SourceFigures;

/// <summary>
/// Baden-Württemberg's foreigners by nationality (Destatis 12521-0041, foreigners' register, 31.12.2025): for the
/// Stadtkreise the API serves as municipalities, the total of foreigners the source publishes and a sample of
/// nationalities whose German name is unambiguous.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class BadenWuerttembergSourceFigureTests(SeededGraphFixture fixture)
{
    private static readonly Dictionary<string, string> SampleNationalities = new(StringComparer.Ordinal)
    {
        ["Türkei"] = "TR", ["Italien"] = "IT", ["Kroatien"] = "HR", ["Griechenland"] = "GR", ["Afghanistan"] = "AF", ["Rumänien"] = "RO",
    };

    private readonly GraphClient _client = new(fixture);

    [Theory]
    [InlineData("08111")]
    [InlineData("08222")]
    [InlineData("08212")]
    [InlineData("08311")]
    public async Task ForeignersByNationality_Stadtkreis_AsInTheSourceFile(string kreis)
    {
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(SharedDataFolder.Cities("baden-wuerttemberg", "district-nationalities-2025.json")));
        Assert.Equal("31.12.2025", json.RootElement.GetProperty("reference_date").GetString());
        var district = json.RootElement.GetProperty("districts").EnumerateArray().Single(d => d.GetProperty("id").GetString() == kreis);
        var common = $$"""municipality: { key: { eq: "{{kreis}}000" } }, area: { id: { eq: null } }, referenceDate: { eq: "2025-12-31" }, measure: { key: { eq: "foreigners-azr" } }, migrationCategory: { eq: ALL }, sex: { eq: null }, ageGroup: { eq: null }""";
        var figures = new ServedFigures();
        figures.Add($"{kreis} foreigners", $$"""{{common}}, nationalityGroup: { key: { eq: "foreign" } }""", district.GetProperty("foreign_total").GetDecimal());
        foreach (var nationality in district.GetProperty("nationalities").EnumerateObject().Where(n => SampleNationalities.ContainsKey(n.Name)))
        {
            figures.Add($"{kreis} {nationality.Name}", $$"""{{common}}, nationality: { alpha2: { eq: "{{SampleNationalities[nationality.Name]}}" } }""", nationality.Value.GetDecimal());
        }

        Assert.True(figures.Count > 3);
        await figures.AssertServedAsync(_client);
    }
}
