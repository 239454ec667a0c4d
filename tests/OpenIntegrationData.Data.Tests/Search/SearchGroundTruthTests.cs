using System.Text.Json.Nodes;
using OpenIntegrationData.Data.Tests.Support;
using Xunit.Abstractions;

namespace OpenIntegrationData.Data.Tests.Search;

/// <summary>
/// <c>search</c> finds what a reader means, in German and in English, whatever the case and accents: each query names
/// the hit that must come first (type and matched text) and hits that must be among the first ten.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class SearchGroundTruthTests(SeededGraphFixture fixture, ITestOutputHelper output)
{
    private readonly GraphClient _client = new(fixture);

    [Theory]
    [InlineData("kinderarmut", "SdgIndicator:Kinderarmut", "")]
    [InlineData("Kinderarmut", "SdgIndicator:Kinderarmut", "")]
    [InlineData("koln", "Municipality:Köln", "")]
    [InlineData("Koln", "Municipality:Köln", "")]
    [InlineData("köln", "Municipality:Köln", "")]
    [InlineData("KÖLN", "Municipality:Köln", "")]
    [InlineData("Türkei", "Nationality:Türkei", "NationalityGroup:Türkei")]
    [InlineData("turkei", "Nationality:Türkei", "NationalityGroup:Türkei")]
    [InlineData("turkey", "NationalityGroup:turkey", "")]
    [InlineData("welcome point", "Programme:WelcomePoint district 1", "Programme:WelcomePoint district 2")]
    [InlineData("WelcomePoint", "Programme:WelcomePoint district 1", "")]
    [InlineData("poverty", "SdgGoal:No poverty", "SdgIndicator:Proportion of population living below the national poverty line, by sex and age")]
    [InlineData("düsseldorf", "Municipality:Düsseldorf", "")]
    [InlineData("eurocities", "Network:Eurocities", "")]
    [InlineData("child poverty", "SdgIndicator:Child poverty", "SdgGoal:No poverty")]
    [InlineData("neukolln", "Area:Neukölln", "Area:Neuköllner Mitte/Zentrum")]
    [InlineData("schwabing", "Area:Schwabing - West", "Area:Schwabing - Freimann")]
    [InlineData("foreigners register", "Measure:Foreign nationals in the Central Register of Foreigners", "")]
    [InlineData("altstadt süd", "Area:Altstadt/Süd", "SubDistrict:Altstadt/Süd")]
    [InlineData("Stadtmitte", "Area:Stadtmitte", "SubDistrict:Stadtmitte")]
    [InlineData("einwohner am stichtag", "Measure:Einwohner am Stichtag", "")]
    [InlineData("residents on the reference date", "Measure:Residents on the reference date", "")]
    [InlineData("sozialwohnungsanteil", "SdgIndicator:Sozialwohnungsanteil in %", "")]
    [InlineData("proportion of social housing", "SdgIndicator:Proportion of social housing in %", "")]
    public async Task Search_ReadersWords_FindWhatTheyMean(string text, string best, string alsoAmongFirstTen)
    {
        var hits = await SearchAsync(text, 10);

        output.WriteLine(string.Join("\n", hits));
        Assert.Equal(best, hits[0][..hits[0].LastIndexOf(" (", StringComparison.Ordinal)]);
        if (alsoAmongFirstTen.Length > 0)
        {
            Assert.Contains(hits, h => h.StartsWith(alsoAmongFirstTen + " (", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Search_ChildPoverty_FindsThePovertyIndicators()
    {
        var hits = await SearchAsync("child poverty", 10);

        output.WriteLine(string.Join("\n", hits));
        Assert.Contains(hits, static h => h.StartsWith("SdgIndicator:", StringComparison.Ordinal) && h.Contains("poverty", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_NodesAreTheEntities_LoadedInOneStatementPerType()
    {
        var response = await _client.ExecuteAsync(
            """{ search(text: "köln", first: 5) { nodeType matchedText node { id ... on Municipality { key } ... on District { name } } } }""");

        Assert.Null(response.Errors);
        var first = response.Data!["search"]![0]!;
        Assert.Equal("05315000", first["node"]!["key"]!.GetValue<string>());
        Assert.True(response.Statements <= 4, $"{response.Statements} statements");
    }

    [Theory]
    [InlineData("first: 51")]
    [InlineData("first: 0")]
    public async Task Search_FirstOutOfRange_IsAnError(string first)
    {
        var response = await _client.ExecuteAsync($$"""{ search(text: "köln", {{first}}) { nodeType } }""");

        Assert.Equal("SEARCH_OUT_OF_BOUNDS", response.FirstErrorCode);
    }

    [Fact]
    public async Task Search_OnlyPunctuation_FindsNothing()
    {
        var data = await _client.DataAsync("""{ search(text: "?!") { nodeType } }""");

        Assert.Empty(data["search"]!.AsArray());
    }

    private async Task<List<string>> SearchAsync(string text, int first)
    {
        var data = await _client.DataAsync(
            "query($text: String!, $first: Int) { search(text: $text, first: $first) { nodeType matchedText matchedField language score } }",
            new Dictionary<string, object?> { ["text"] = text, ["first"] = first });
        return data["search"]!.AsArray()
            .Select(static h => $"{h!["nodeType"]}:{h["matchedText"]} ({h["matchedField"]}, {h["language"]?.ToString() ?? "-"}, {h["score"]})")
            .ToList();
    }
}
