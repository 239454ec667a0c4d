using System.Text.Json;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Data.Tests.Querying.Paging;

/// <summary>
/// Keyset cursors name a position between values, so rows added before or after the cursor do
/// not shift the next page (HotChocolate's index cursors would repeat or skip items here).
/// </summary>
public sealed class CursorStabilityTests : IClassFixture<PostgresFixture>
{
    private readonly PostgresFixture _postgres;

    public CursorStabilityTests(PostgresFixture postgres) => _postgres = postgres;

    [Fact]
    public async Task After_RowsInsertedBeforeAndAfterTheCursor_NextPageContinuesWithoutRepeats()
    {
        await using var database = await _postgres.CreateDatabaseAsync();
        await ExecuteSqlAsync(database, """
            insert into source (key, title, publisher, kind) values ('test', 'Test', 'Test', 'web_page');
            insert into municipality (ags, name, state, type, source_id) values ('05111000', 'Düsseldorf', 'NRW', 'kreisfreie Stadt', 1);
            insert into district (municipality_id, name, sort_order, source_id) values (1, 'A', 1, 1), (1, 'B', 2, 1), (1, 'C', 3, 1), (1, 'D', 4, 1);
            """);
        var executor = new RequestExecutor(OpenDataGraph.CreateSchema(database.DataSource, GraphOptions.Default));

        var first = await NamesAsync(executor, "first: 2");
        await ExecuteSqlAsync(database, "insert into district (municipality_id, name, sort_order, source_id) values (1, 'AA', 5, 1), (1, 'BB', 6, 1);");
        var second = await NamesAsync(executor, $"first: 2, after: \"{first.EndCursor}\"");

        Assert.Equal(["A", "B"], first.Names);
        Assert.Equal(["BB", "C"], second.Names);
    }

    private static async Task<(List<string> Names, string EndCursor)> NamesAsync(RequestExecutor executor, string arguments)
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest($"{{ districts({arguments}, order: [{{ name: ASC }}]) {{ pageInfo {{ endCursor }} nodes {{ name }} }} }}"));
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            ResultJsonWriter.Write(writer, result);
        }

        using var json = JsonDocument.Parse(buffer.ToArray());
        var districts = json.RootElement.GetProperty("data").GetProperty("districts");
        return (
            districts.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList(),
            districts.GetProperty("pageInfo").GetProperty("endCursor").GetString()!);
    }

    private static async Task ExecuteSqlAsync(TestDatabase database, string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
