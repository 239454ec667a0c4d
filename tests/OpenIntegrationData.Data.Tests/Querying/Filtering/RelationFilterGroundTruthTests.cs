using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Querying.Filtering;

/// <summary>Ground truth for nested objects, lists (some/all/none/any), value lists, IDs and and/or: the API equals hand-written SQL.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class RelationFilterGroundTruthTests(SeededGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);
    private readonly DirectSql _sql = new(fixture.Database.DataSource);

    [Theory]
    [InlineData("districts", """{ municipality: { key: { eq: "05315000" } } }""", "select id from district t where municipality_id = (select id from municipality where ags = '05315000')")]
    [InlineData("districts", "{ programmes: { any: true } }", "select id from district t where exists (select 1 from programme_district pd where pd.district_id = t.id)")]
    [InlineData("districts", "{ programmes: { any: false } }", "select id from district t where not exists (select 1 from programme_district pd where pd.district_id = t.id)")]
    [InlineData("programmes", "{ sdgGoals: { some: { number: { eq: 4 } } } }", "select id from programme t where exists (select 1 from programme_sdg_goal pg join sdg_goal g on g.id = pg.goal_id where pg.programme_id = t.id and g.number = 4)")]
    [InlineData("programmes", "{ sdgGoals: { none: { number: { eq: 10 } } } }", "select id from programme t where not exists (select 1 from programme_sdg_goal pg join sdg_goal g on g.id = pg.goal_id where pg.programme_id = t.id and g.number = 10)")]
    [InlineData("programmes", "{ sdgGoals: { all: { number: { in: [10, 11, 16] } } } }", "select id from programme t where not exists (select 1 from programme_sdg_goal pg join sdg_goal g on g.id = pg.goal_id where pg.programme_id = t.id and g.number not in (10, 11, 16))")]
    [InlineData("programmes", "{ targetGroups: { some: { eq: REFUGEES } } }", "select id from programme t where exists (select 1 from programme_target_group x where x.programme_id = t.id and x.target_group = 'refugees')")]
    [InlineData("programmes", "{ languages: { any: false } }", "select id from programme t where not exists (select 1 from programme_language x where x.programme_id = t.id)")]
    [InlineData("sdgGoals", "{ programmes: { some: { municipality: { name: { eq: \"Düsseldorf\" } } } } }", "select id from sdg_goal t where exists (select 1 from programme_sdg_goal pg join programme p on p.id = pg.programme_id join municipality m on m.id = p.municipality_id where pg.goal_id = t.id and m.name = 'Düsseldorf')")]
    [InlineData("nationalities", "{ isEuMember: { eq: true }, residents: { some: { year: { eq: 2020 }, persons: { gt: 1000 } } } }", "select id from nationality t where is_eu_member and exists (select 1 from population_observation o where o.nationality_id = t.id and o.year = 2020 and o.persons > 1000)")]
    [InlineData("populationObservations", "{ or: [{ sex: { eq: FEMALE } }, { ageGroup: { startsWith: \"65\" } }], year: { gte: 2020 } }", "select id from population_observation t where (sex = 'female' or starts_with(age_group, '65')) and year >= 2020")]
    [InlineData("populationObservations", "{ and: [{ nationalityGroup: { kind: { eq: UNION } } }, { district: { name: { eq: \"Porz\" } } }] }", "select t.id from population_observation t join nationality_group g on g.id = t.nationality_group_id join district d on d.id = t.district_id where g.kind = 'union' and d.name = 'Porz'")]
    [InlineData("indicatorObservations", "{ indicator: { target: { goal: { number: { eq: 10 } } } } }", "select t.id from indicator_observation t join sdg_indicator i on i.id = t.indicator_id join sdg_target tg on tg.id = i.target_id join sdg_goal g on g.id = tg.goal_id where g.number = 10")]
    [InlineData("sdgIndicators", "{ observations: { some: { isIllustrative: { eq: true } } }, kind: { neq: GLOBAL } }", "select id from sdg_indicator t where kind <> 'global' and exists (select 1 from indicator_observation o where o.indicator_id = t.id and o.is_illustrative)")]
    [InlineData("municipalities", "{ memberships: { some: { network: { key: { eq: \"eurocities\" } } } } }", "select id from municipality t where exists (select 1 from membership ms join network n on n.id = ms.network_id where ms.municipality_id = t.id and n.key = 'eurocities')")]
    [InlineData("districts", "{ id: { in: [\"RGlzdHJpY3Q6MQ==\", \"RGlzdHJpY3Q6Mw==\", \"U291cmNlOjI=\"] } }", "select id from district where id in (1, 3)")]
    [InlineData("populationObservations", "{ district: { id: { eq: \"RGlzdHJpY3Q6Nw==\" } } }", "select id from population_observation where district_id = 7")]
    [InlineData("populationObservations", "{ district: { id: { in: [\"RGlzdHJpY3Q6Nw==\", \"RGlzdHJpY3Q6OA==\"] } } }", "select id from population_observation where district_id in (7, 8)")]
    [InlineData("populationObservations", "{ district: { id: { neq: \"RGlzdHJpY3Q6Nw==\" } } }", "select id from population_observation where district_id is not null and district_id <> 7")]
    [InlineData("populationObservations", "{ district: { id: { eq: \"U291cmNlOjI=\" } } }", "select id from population_observation where false")]
    [InlineData("districts", "{ name: { eq: \"x' or '1'='1\" } }", "select id from district where false")]
    public async Task Filter_RelationsListsAndCombinations_MatchSql(string field, string where, string sql)
    {
        var typeName = OpenDataCatalog.Entities.Single(e => e.ConnectionField == field).Name;
        var expected = (await _sql.KeysAsync(sql)).Order().ToList();

        var data = await _client.DataAsync($"{{ {field}(first: 50, where: {where}) {{ totalCount nodes {{ id }} }} }}");

        Assert.Equal(expected.Count, data[field]!["totalCount"]!.GetValue<int>());
        Assert.Equal(expected.Take(50).Select(k => GlobalId.Format(typeName, k)), data[field]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Filter_ToOneRelationById_ComparesTheForeignKeyWithoutSubquery()
    {
        await _client.DataAsync("""{ populationObservations(first: 5, where: { district: { id: { eq: "RGlzdHJpY3Q6Nw==" } } }) { nodes { id } } }""");

        var statement = Assert.Single(fixture.Statements.Statements);
        Assert.Contains("t0.district_id = $", statement.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("exists", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_AnyClientValue_ReachesSqlOnlyAsParameter()
    {
        const string Marker = "zz'; drop table district; --";
        await _client.ExecuteAsync($$"""{ districts(where: { name: { contains: "{{Marker.Replace("'", "'", StringComparison.Ordinal)}}" }, programmes: { some: { provider: { eq: "{{Marker}}" } } } }) { totalCount nodes { id } } }""");

        Assert.NotEmpty(fixture.Statements.Statements);
        Assert.All(fixture.Statements.Statements, s => Assert.DoesNotContain("drop table", s.Text, StringComparison.Ordinal));
        Assert.Contains(fixture.Statements.Statements.SelectMany(s => s.Parameters), p => Equals(p.Value, Marker));
    }
}
