using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Resolvers;

/// <summary>Root lookups by natural key: one statement each, null when nothing matches.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class LookupTests(SeededGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);
    private readonly DirectSql _sql = new(fixture.Database.DataSource);

    [Fact]
    public async Task Municipality_ByOfficialKey_FindsDuesseldorf()
    {
        var response = await _client.ExecuteAsync("""{ municipality(key: "05111000") { key name state } }""");

        var municipality = response.Data!["municipality"]!;
        Assert.Equal("05111000", municipality["key"]!.GetValue<string>());
        Assert.Equal("Düsseldorf", municipality["name"]!.GetValue<string>());
        Assert.Equal("Nordrhein-Westfalen", municipality["state"]!.GetValue<string>());
        Assert.Equal(1, response.Statements);
    }

    [Theory]
    [InlineData("TR")]
    [InlineData("TUR")]
    [InlineData("792")]
    public async Task Nationality_ByAnyIsoCode_FindsTheSameCountry(string code)
    {
        var expected = (await _sql.KeysAsync("select id from nationality where alpha2 = 'TR'")).Single();

        var data = await _client.DataAsync($$"""{ nationality(isoCode: "{{code}}") { id name { de en } isEuMember } }""");

        Assert.Equal(Data.Graph.GlobalId.Format("Nationality", expected), data["nationality"]!["id"]!.GetValue<string>());
        Assert.Equal("Türkei", data["nationality"]!["name"]!["de"]!.GetValue<string>());
        Assert.False(data["nationality"]!["isEuMember"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SdgGoalAndIndicator_ByNumberAndCode_Found()
    {
        var data = await _client.DataAsync("""{ sdgGoal(number: 10) { shortTitle { en } } sdgIndicator(code: "10.7.2") { code kind target { code } } }""");

        Assert.Equal("Reduced inequalities", data["sdgGoal"]!["shortTitle"]!["en"]!.GetValue<string>());
        Assert.Equal("GLOBAL", data["sdgIndicator"]!["kind"]!.GetValue<string>());
        Assert.Equal("10.7", data["sdgIndicator"]!["target"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Lookups_UnknownKeys_NullWithoutErrors()
    {
        var response = await _client.ExecuteAsync("""{ municipality(key: "99999999") { name } nationality(isoCode: "XX") { id } sdgGoal(number: 18) { id } source(key: "nope") { id } }""");

        Assert.Null(response.Errors);
        Assert.All(new[] { "municipality", "nationality", "sdgGoal", "source" }, field => Assert.Null(response.Data![field]));
    }

    [Fact]
    public async Task LocalizedText_BothLanguagesEmpty_IsNull()
    {
        var expected = await _sql.KeysAsync("select id from sdg_indicator where definition_de is null and definition_en is null order by id limit 1");

        var data = await _client.DataAsync($$"""{ node(id: "{{Data.Graph.GlobalId.Format("SdgIndicator", expected.Single())}}") { ... on SdgIndicator { definition { de en } formula { de en } } } }""");

        Assert.Null(data["node"]!["definition"]);
    }
}
