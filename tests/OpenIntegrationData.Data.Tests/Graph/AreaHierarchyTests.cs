using System.Text.Json.Nodes;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Graph;

/// <summary>Areas as a hierarchy: levels per municipality, parents, children, ancestors, LOR matches, districts as areas.</summary>
[Collection(AreaGraphCollection.Name)]
public sealed class AreaHierarchyTests(AreaGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);
    private readonly DirectSql _sql = new(fixture.Database.DataSource);

    [Fact]
    public async Task Areas_OfOneLevel_AreTheAreasOnIt()
    {
        var data = await _client.DataAsync("""
            { areas(where: { municipality: { key: { eq: "99000000" } }, level: { key: { eq: "bezirk" } } }, order: [{ sortOrder: ASC }]) { nodes { code name level { name { de en } depth } } } }
            """);

        Assert.Equal(
            """[{"code":"01","name":"Mitte","level":{"name":{"de":"Bezirk","en":"District"},"depth":1}},{"code":"02","name":"Friedrichshain-Kreuzberg","level":{"name":{"de":"Bezirk","en":"District"},"depth":1}}]""",
            data["areas"]!["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task Area_PlanningAreaOfLor2021_HasItsBezirkAsAncestorAndTheLor2006AreaAsPredecessor()
    {
        var data = await _client.DataAsync("""
            { areas(where: { municipality: { key: { eq: "99000000" } }, code: { eq: "01100101" } }) { nodes {
                parent { code } ancestors { nodes { code } } predecessors { nodes { code name validUntil level { key validUntil } } }
            } } }
            """);

        var area = data["areas"]!["nodes"]![0]!;
        Assert.Equal("01", area["parent"]!["code"]!.GetValue<string>());
        Assert.Equal("""[{"code":"01"}]""", area["ancestors"]!["nodes"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""[{"code":"01011101","name":"Stülerstraße","validUntil":"2020-12-31","level":{"key":"planungsraum-lor2006","validUntil":"2020-12-31"}}]"""),
            area["predecessors"]!["nodes"]), area["predecessors"]!.ToJsonString());
    }

    [Fact]
    public async Task Area_Lor2006PlanningArea_HasEveryOverlappingLor2021AreaAsSuccessor()
    {
        var data = await _client.DataAsync("""{ areas(where: { municipality: { key: { eq: "99000000" } }, code: { eq: "01011101" } }) { nodes { successors(order: [{ code: ASC }]) { nodes { code } } } } }""");

        Assert.Equal("""[{"code":"01100101"},{"code":"01100102"}]""", data["areas"]!["nodes"]![0]!["successors"]!["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task District_OfKoeln_IsAnAreaOnTheLevelStadtbezirkWithItsQuartersAsChildren()
    {
        var expected = await _sql.JsonAsync("""
            select json_build_object('name', d.name, 'quarters', (select count(*) from sub_district s where s.district_id = d.id))::text
            from district d join municipality m on m.id = d.municipality_id where m.ags = '05315000' and d.number = '1'
            """);

        var data = await _client.DataAsync("""
            { municipality(key: "05315000") { districts(where: { number: { eq: "1" } }) { nodes { area { name level { key } children { totalCount } descendants { totalCount } } } } } }
            """);

        var area = data["municipality"]!["districts"]!["nodes"]![0]!["area"]!;
        var district = JsonNode.Parse(expected!)!;
        Assert.Equal(district["name"]!.GetValue<string>(), area["name"]!.GetValue<string>());
        Assert.Equal("stadtbezirk", area["level"]!["key"]!.GetValue<string>());
        Assert.Equal(district["quarters"]!.GetValue<int>(), area["children"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(district["quarters"]!.GetValue<int>(), area["descendants"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task PopulationObservations_OfAnArea_CarryMeasurePeriodAndReferenceDate()
    {
        var data = await _client.DataAsync("""
            { populationObservations(where: { municipality: { key: { eq: "99000000" } }, area: { code: { eq: "01" } }, ageGroup: { eq: null }, measure: { key: { eq: "residents" } } }, order: [{ referenceDate: DESC }]) {
                nodes { persons value referenceDate period measure { key kind unit { en } } area { name } }
            } }
            """);

        Assert.Equal(
            """[{"persons":397004,"value":397004,"referenceDate":"2024-12-31","period":"HALF_YEAR","measure":{"key":"residents","kind":"COUNT","unit":{"en":"persons"}},"area":{"name":"Mitte"}},"""
            + """{"persons":395656,"value":395656,"referenceDate":"2024-06-30","period":"HALF_YEAR","measure":{"key":"residents","kind":"COUNT","unit":{"en":"persons"}},"area":{"name":"Mitte"}}]""",
            data["populationObservations"]!["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task PopulationObservations_OfAMeanMeasure_KeepTheirDecimals()
    {
        var data = await _client.DataAsync("""{ populationObservations(where: { municipality: { key: { eq: "99000000" } }, measure: { kind: { eq: MEAN } } }) { nodes { persons value period } } }""");

        Assert.Equal("""[{"persons":396330,"value":396330.4,"period":"YEAR"}]""", data["populationObservations"]!["nodes"]!.ToJsonString());
    }
}
