using System.Text.Json.Nodes;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Querying.Aggregates;

/// <summary>
/// Totals never count anyone twice: a group whose figures overlap is refused with OID0002 naming the dimension
/// (one test per dimension), a filter that leaves disjoint figures gives the sum the source publishes, and
/// <c>order</c> with <c>first</c> answers "the three largest" in one query.
/// </summary>
[Collection(AreaGraphCollection.Name)]
public sealed class TotalsOverlapTests(AreaGraphFixture fixture)
{
    private const string KoelnDistricts2012 = """municipality: { key: { eq: "05315000" } }, year: { eq: 2012 }, areaLevel: { eq: DISTRICT }""";

    private readonly GraphClient _client = new(fixture);
    private readonly DirectSql _sql = new(fixture.Database.DataSource);

    [Theory]
    [InlineData("AREA", """municipality: { key: { eq: "05315000" } }, year: { eq: 2012 }""")]
    [InlineData("NATIONALITY", KoelnDistricts2012 + ", migrationCategory: { eq: ALL }, sex: { eq: null }")]
    [InlineData("MIGRATION_CATEGORY", KoelnDistricts2012 + ", nationality: { id: { eq: null } }, nationalityGroup: { id: { eq: null } }, sex: { eq: null }")]
    [InlineData("SEX", KoelnDistricts2012 + ", nationality: { id: { eq: null } }, nationalityGroup: { id: { eq: null } }, migrationCategory: { eq: ALL }")]
    [InlineData("REFERENCE_DATE", AreaGraphFixture.TestCity + """, area: { code: { eq: "01" } }, measure: { key: { eq: "residents" } }, ageGroup: { eq: null }""")]
    [InlineData("MEASURE", AreaGraphFixture.TestCity + """, area: { code: { eq: "01" } }, year: { eq: 2024 }, nationalityGroup: { id: { eq: null } }, ageGroup: { eq: null }""")]
    [InlineData("AGE_GROUP", AreaGraphFixture.TestCity + """, area: { code: { eq: "01" } }, referenceDate: { eq: "2024-12-31" }, measure: { key: { eq: "residents" } }""")]
    [InlineData("NATIONALITY", AreaGraphFixture.TestCity + """, area: { code: { eq: "01" } }, measure: { key: { eq: "test-origin" } }""")]
    [InlineData("AREA", """municipality: { key: { eq: "99000000" } }, referenceDate: { eq: "2024-12-31" }, measure: { key: { eq: "residents" } }, ageGroup: { eq: null }""")]
    public async Task PopulationTotals_OverlappingFigures_RefusedNamingTheDimension(string dimension, string where)
    {
        var response = await _client.ExecuteAsync($$"""{ populationTotals(where: { {{where}} }, groupBy: []) { sum } }""");

        Assert.Equal("OID0002", response.FirstErrorCode);
        Assert.Equal(dimension, response.Errors![0]!["extensions"]!["dimension"]!.GetValue<string>());
        Assert.Contains("To fix it", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PopulationTotals_KoelnUnfiltered2012_RefusedInsteadOfThreeTimesTheCity()
    {
        var response = await _client.ExecuteAsync("""{ populationTotals(where: { municipality: { key: { eq: "05315000" } }, year: { eq: 2012 } }, groupBy: []) { sum } }""");

        Assert.Equal("OID0002", response.FirstErrorCode);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task PopulationTotals_KoelnDistrictsWithoutBreakdowns_AddUpToTheCityFigure()
    {
        var city = await _sql.JsonAsync("""
            select persons::text from population_observation o join municipality m on m.id = o.municipality_id
            where m.ags = '05315000' and o.year = 2012 and o.area_level = 'municipality' and o.nationality_id is null
              and o.nationality_group_id is null and o.migration_category = 'all' and o.sex is null and o.age_group is null
            """);

        var data = await _client.DataAsync($$"""
            { populationTotals(where: { {{KoelnDistricts2012}}, nationality: { id: { eq: null } }, nationalityGroup: { id: { eq: null } }, migrationCategory: { eq: ALL }, sex: { eq: null }, ageGroup: { eq: null } }, groupBy: []) { sum count } }
            """);

        Assert.Equal(long.Parse(city!, System.Globalization.CultureInfo.InvariantCulture), data["populationTotals"]![0]!["sum"]!.GetValue<long>());
        Assert.Equal(9, data["populationTotals"]![0]!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task PopulationTotals_TestCityBezirkeAtTheEndOf2024_AddUpWithoutTheCityRow()
    {
        var data = await _client.DataAsync("""
            { populationTotals(where: { municipality: { key: { eq: "99000000" } }, area: { level: { key: { eq: "bezirk" } } }, referenceDate: { eq: "2024-12-31" }, measure: { key: { eq: "residents" } }, ageGroup: { eq: null } }, groupBy: []) { sum } }
            """);

        Assert.Equal(397004 + 292624, data["populationTotals"]![0]!["sum"]!.GetValue<long>());
    }

    [Fact]
    public async Task PopulationTotals_OrderBySumWithFirst_TheThreeLargestDistricts()
    {
        var expected = await _sql.JsonAsync("""
            select json_agg(json_build_object('key', json_build_object('district', json_build_object('name', name)), 'sum', persons) order by persons desc)::text
            from (select d.name, o.persons from population_observation o join district d on d.id = o.district_id join municipality m on m.id = o.municipality_id
                  where m.ags = '05315000' and o.year = 2012 and o.area_level = 'district' and o.nationality_id is null and o.nationality_group_id is null
                    and o.migration_category = 'all' and o.sex is null and o.age_group is null
                  order by o.persons desc limit 3) top
            """);

        var data = await _client.DataAsync($$"""
            { populationTotals(where: { {{KoelnDistricts2012}}, nationality: { id: { eq: null } }, nationalityGroup: { id: { eq: null } }, migrationCategory: { eq: ALL }, sex: { eq: null } }, groupBy: [DISTRICT], order: [{ sum: DESC }], first: 3) { key { district { name } } sum } }
            """);

        Assert.Equal(CanonicalJson.Write(JsonNode.Parse(expected!)), CanonicalJson.Write(data["populationTotals"]));
    }

    [Fact]
    public async Task IndicatorTotals_MixedIndicators_RefusedNamingTheIndicator()
    {
        var response = await _client.ExecuteAsync("{ indicatorTotals(where: { year: { gte: 2020 } }, groupBy: [YEAR]) { sum } }");

        Assert.Equal("OID0002", response.FirstErrorCode);
        Assert.Equal("INDICATOR", response.Errors![0]!["extensions"]!["dimension"]!.GetValue<string>());
    }

    [Fact]
    public async Task PopulationObservations_NationalityTR_FindsKoelnsGroupTuerkei()
    {
        var expected = await _sql.JsonAsync("""
            select count(*)::text from population_observation o join nationality_group g on g.id = o.nationality_group_id
            join municipality m on m.id = o.municipality_id where m.ags = '05315000' and g.key = 'turkey'
            """);

        var data = await _client.DataAsync("""
            { populationObservations(where: { municipality: { key: { eq: "05315000" } }, nationality: { alpha2: { eq: "TR" } } }) { totalCount } }
            """);

        Assert.NotEqual("0", expected);
        Assert.Equal(int.Parse(expected!, System.Globalization.CultureInfo.InvariantCulture), data["populationObservations"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task PopulationObservations_NoNationalityGroup_EqNullOnTheRelation()
    {
        var expected = await _sql.JsonAsync("select count(*)::text from population_observation where nationality_group_id is null");

        var data = await _client.DataAsync("{ populationObservations(where: { nationalityGroup: { id: { eq: null } } }) { totalCount } }");

        Assert.Equal(int.Parse(expected!, System.Globalization.CultureInfo.InvariantCulture), data["populationObservations"]!["totalCount"]!.GetValue<int>());
    }
}
