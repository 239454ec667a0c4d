using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Querying.Sorting;

/// <summary>
/// Ground truth for sorting and keyset paging, generated from the catalog: for every sortable
/// column of every entity, both directions, the first two pages (the second reached with the
/// first page's endCursor) equal <c>ORDER BY column, id LIMIT 50 OFFSET 0/50</c> in plain SQL.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class SortGroundTruthTests(SeededGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);
    private readonly DirectSql _sql = new(fixture.Database.DataSource);

    public static TheoryData<string, string, bool> Columns()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var entity in OpenDataCatalog.Entities)
        {
            foreach (var column in entity.Columns.Where(static c => c.Sortable))
            {
                data.Add(entity.Name, column.Name, false);
                data.Add(entity.Name, column.Name, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public async Task Order_ByColumn_FirstTwoPagesMatchSql(string entityName, string columnName, bool descending)
    {
        var entity = OpenDataCatalog.Get(entityName);
        var column = entity.FindColumn(columnName)!;
        var direction = descending ? "DESC" : "ASC";
        var sort = column.Kind == ValueKind.LocalizedText ? $"{column.Name}: {{ en: {direction} }}" : $"{column.Name}: {direction}";
        var sqlKey = column.Kind == ValueKind.LocalizedText ? column.EnglishSqlFor("t0") : column.SqlFor("t0");
        var expected = await _sql.KeysAsync($"select t0.id from {entity.Table} t0 order by {sqlKey} {direction}, t0.id limit 100");

        var first = await _client.DataAsync($"{{ {entity.ConnectionField}(first: 50, order: [{{ {sort} }}]) {{ pageInfo {{ endCursor }} nodes {{ id }} }} }}");
        var cursor = first[entity.ConnectionField]!["pageInfo"]!["endCursor"]?.GetValue<string>();
        var second = cursor is null
            ? []
            : (await _client.DataAsync($"{{ {entity.ConnectionField}(first: 50, after: \"{cursor}\", order: [{{ {sort} }}]) {{ nodes {{ id }} }} }}"))[entity.ConnectionField]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>());

        var actual = first[entity.ConnectionField]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).Concat(second);
        Assert.Equal(expected.Select(k => GlobalId.Format(entity.Name, k)), actual.Take(100));
    }

    [Theory]
    [InlineData("districts", "[{ municipality: { name: DESC } }, { population: ASC }]", "select t0.id from district t0 join municipality m on m.id = t0.municipality_id order by m.name desc, t0.population asc, t0.id limit 100")]
    [InlineData("populationObservations", "[{ nationality: { name: { de: ASC } } }, { year: DESC }]", "select t0.id from population_observation t0 left join nationality n on n.id = t0.nationality_id order by n.name_de asc, t0.year desc, t0.id limit 100")]
    [InlineData("indicatorObservations", "[{ indicator: { goal: { number: ASC } } }, { value: DESC }]", "select t0.id from indicator_observation t0 join sdg_indicator i on i.id = t0.indicator_id left join sdg_goal g on g.id = i.goal_id order by g.number asc, t0.value desc, t0.id limit 100")]
    [InlineData("programmes", "[{ startDate: DESC }, { name: { en: ASC } }]", "select t0.id from programme t0 order by t0.start_date desc, t0.name_en asc, t0.id limit 100")]
    public async Task Order_NestedAndMultipleKeys_MatchesSqlJoin(string field, string order, string sql)
    {
        var typeName = OpenDataCatalog.Entities.Single(e => e.ConnectionField == field).Name;
        var expected = await _sql.KeysAsync(sql);

        var data = await _client.DataAsync($"{{ {field}(first: 50, order: {order}) {{ nodes {{ id }} }} }}");

        Assert.Equal(expected.Take(50).Select(k => GlobalId.Format(typeName, k)), data[field]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }
}
