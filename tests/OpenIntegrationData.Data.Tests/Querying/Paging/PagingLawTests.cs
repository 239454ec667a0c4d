using Npgsql;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Querying;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Querying.Paging;

/// <summary>
/// The paging laws on every connection of the schema, root and nested, unsorted and sorted by a
/// column with ties and empty values: walking forward and backward gives the same items, no
/// duplicates, totalCount equal to the number walked and to the rows in the database.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class PagingLawTests(SeededGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);

    public static TheoryData<string, bool> RootConnections()
    {
        var data = new TheoryData<string, bool>();
        foreach (var entity in OpenDataCatalog.Entities)
        {
            data.Add(entity.Name, false);
            data.Add(entity.Name, true);
        }

        return data;
    }

    public static TheoryData<string, string, bool> NestedConnections()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var entity in OpenDataCatalog.Entities)
        {
            foreach (var relation in entity.Relations.Where(static r => r.IsMany))
            {
                data.Add(entity.Name, relation.Name, false);
                data.Add(entity.Name, relation.Name, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RootConnections))]
    public async Task RootConnection_WalkedForwardAndBackward_SameItemsAsTheTable(string entityName, bool sorted)
    {
        var entity = OpenDataCatalog.Get(entityName);
        var (where, sqlWhere) = OneYearOf(entity);
        var rows = await CountAsync($"select count(*) from {entity.Table} t where {sqlWhere}");
        var order = sorted ? $", order: [{{ {SortColumn(entity).Name}: DESC }}]" : string.Empty;
        string Wrap(string paging) => $"{{ {entity.ConnectionField}({paging}{where}{order}) {{ {ConnectionWalker.Selection} }} }}";

        await AssertLawsAsync(Wrap, data => data[entity.ConnectionField], 7, rows);
    }

    [Theory]
    [MemberData(nameof(NestedConnections))]
    public async Task NestedConnection_WalkedForwardAndBackward_SameItemsAsTheRelation(string entityName, string relationName, bool sorted)
    {
        var entity = OpenDataCatalog.Get(entityName);
        var relation = entity.FindRelation(relationName)!;
        var target = OpenDataCatalog.Get(relation.Target);
        var (where, sqlWhere) = OneYearOf(target);
        var (parent, rows) = await ParentWithMostChildrenAsync(entity, relation, sqlWhere);
        var id = GlobalId.Format(entity.Name, parent);
        var order = sorted ? $", order: [{{ {SortColumn(target).Name}: DESC }}]" : string.Empty;
        string Wrap(string paging) => $"{{ node(id: \"{id}\") {{ ... on {entity.Name} {{ {relation.Name}({paging}{where}{order}) {{ {ConnectionWalker.Selection} }} }} }} }}";

        await AssertLawsAsync(Wrap, data => data["node"]![relation.Name], 3, rows);
    }

    private async Task AssertLawsAsync(Func<string, string> wrap, Func<System.Text.Json.Nodes.JsonNode, System.Text.Json.Nodes.JsonNode?> pick, int pageSize, long rows)
    {
        var walker = new ConnectionWalker(_client);
        var forward = await walker.WalkAsync(wrap, pick, pageSize, backward: false);
        var backward = await walker.WalkAsync(wrap, pick, pageSize, backward: true);

        Assert.Equal(forward.Ids, backward.Ids);
        Assert.Equal(forward.Ids.Count, forward.Ids.Distinct().Count());
        Assert.Equal(forward.Ids.Count, forward.TotalCount);
        Assert.Equal(rows, forward.Ids.Count);
    }

    /// <summary>A column that has ties (and empty values where the entity has any), to exercise keyset cursors.</summary>
    private static ColumnDefinition SortColumn(EntityDefinition entity) =>
        entity.Columns.FirstOrDefault(static c => c.Sortable && c.Nullable && c.Kind is ValueKind.Int or ValueKind.Decimal or ValueKind.LocalDate or ValueKind.String)
        ?? entity.Columns.First(static c => c.Sortable && c.Kind != ValueKind.LocalizedText);

    /// <summary>
    /// Observations are walked for one year only, so the suite stays fast (the laws do not depend on size): 2014 has a few
    /// hundred figures of each kind (Düsseldorf, München), where a year of Berlin's half-yearly tables has thousands.
    /// </summary>
    private static (string Where, string Sql) OneYearOf(EntityDefinition entity) =>
        entity.FindColumn("year") is null ? (string.Empty, "true") : (", where: { year: { eq: 2014 } }", "t.year = 2014");

    /// <summary>The parent with most related rows; any parent (with none) when the seed data has none.</summary>
    private async Task<(long Parent, long Rows)> ParentWithMostChildrenAsync(EntityDefinition entity, RelationDefinition relation, string sqlWhere)
    {
        var owner = CatalogSql.OwnerKey(relation, "t");
        await using var command = fixture.Database.DataSource.CreateCommand(
            $"select p.id, (select count(*) from {CatalogSql.From(relation, "t")} where {owner} = p.id and {sqlWhere}) as n from {entity.Table} p order by n desc, p.id limit 1");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var command = fixture.Database.DataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
