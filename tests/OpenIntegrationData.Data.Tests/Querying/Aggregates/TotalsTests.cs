using System.Text.Json.Nodes;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Querying.Aggregates;

/// <summary>Grouped totals: one GROUP BY statement, same answers as SQL, the connection's filter errors.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class TotalsTests(SeededGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);
    private readonly DirectSql _sql = new(fixture.Database.DataSource);

    [Fact]
    public async Task PopulationTotals_NoDimensions_OneTotalOverEverythingFiltered()
    {
        // The districts' figures of all residents, without breakdowns: disjoint, so they may be added up.
        var expected = await _sql.JsonAsync("""
            select json_build_array(json_build_object('count', count(*), 'sum', sum(persons), 'min', min(persons), 'max', max(persons), 'average', round(avg(persons), 4)))::text
            from population_observation where year = 2012 and area_level = 'district' and nationality_id is null and nationality_group_id is null
              and migration_category = 'all' and sex is null and age_group is null
            """);

        var response = await _client.ExecuteAsync("""
            { populationTotals(where: { year: { eq: 2012 }, areaLevel: { eq: DISTRICT }, nationality: { id: { eq: null } }, nationalityGroup: { id: { eq: null } }, migrationCategory: { eq: ALL }, sex: { eq: null }, ageGroup: { eq: null } }, groupBy: []) { count sum min max average } }
            """);

        Assert.Equal(CanonicalJson.Write(JsonNode.Parse(expected!)), CanonicalJson.Write(response.Data!["populationTotals"]));
        Assert.Equal(1, response.Statements);
    }

    [Fact]
    public async Task IndicatorTotals_ByYearAndStatus_EqualsSqlGroupBy()
    {
        var expected = await _sql.JsonAsync("""
            select json_agg(json_build_object('key', json_build_object('year', year, 'status', upper(status)), 'count', n, 'sum', s) order by year, status)::text
            from (select year, status, count(*) as n, sum(value) as s from indicator_observation
                  where year >= 2020 and indicator_id = (select id from sdg_indicator where code = 'inkar:a_GSa') group by year, status) g
            """);

        var response = await _client.ExecuteAsync("""{ indicatorTotals(where: { year: { gte: 2020 }, indicator: { code: { eq: "inkar:a_GSa" } } }, groupBy: [YEAR, STATUS]) { key { year status } count sum } }""");

        Assert.Equal(CanonicalJson.Write(JsonNode.Parse(expected!)), CanonicalJson.Write(response.Data!["indicatorTotals"]));
    }

    [Fact]
    public async Task PopulationTotals_GroupedByRelations_KeysResolvedInOneStatementPerRelation()
    {
        var response = await _client.ExecuteAsync("""
            { populationTotals(where: { year: { eq: 2012 }, areaLevel: { eq: DISTRICT }, nationalityGroup: { kind: { eq: UNION } } }, groupBy: [DISTRICT, NATIONALITY_GROUP]) { key { district { name } nationalityGroup { name { en } } } sum } }
            """);

        Assert.True(response.Errors is null, response.Json.ToJsonString());
        Assert.Equal(3, response.Statements);
        Assert.All(response.Data!["populationTotals"]!.AsArray(), t => Assert.Equal("European Union", t!["key"]!["nationalityGroup"]!["name"]!["en"]!.GetValue<string>()));
    }

    [Fact]
    public async Task PopulationTotals_MoreGroupsThanAllowed_ErrorInsteadOfATruncatedAnswer()
    {
        var response = await _client.ExecuteAsync("{ populationTotals(groupBy: [DISTRICT, SUB_DISTRICT, YEAR, NATIONALITY]) { count } }");

        Assert.Equal("OID0001", response.FirstErrorCode);
    }

    [Fact]
    public async Task PopulationTotals_NullInFilter_HC0026()
    {
        var response = await _client.ExecuteAsync("{ populationTotals(where: { persons: { gt: null } }, groupBy: [YEAR]) { count } }");

        Assert.Equal("HC0026", response.FirstErrorCode);
    }
}
