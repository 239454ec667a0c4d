using System.Text.Json;
using System.Text.Json.Nodes;
using OpenIntegrationData.Data.Database;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.Data.Tests.Support;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Data.Tests.Sql;

/// <summary>
/// Counts and totals asked again on the same data version are answered from memory, and only then: each kept answer
/// carries the data version its rows were read at, a different question is a different entry, and the memo stays within
/// its bounds. Over the real seeded database; the statement counter proves what reached it.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class TotalsMemoTests(SeededGraphFixture fixture)
{
    private static string Residents(int year) =>
        $$"""{ populationObservations(where: { year: { eq: {{year}} }, persons: { gte: 100 } }) { totalCount } }""";

    [Fact]
    public async Task TotalCount_AskedTwiceOnOneDataVersion_IsCountedOnce()
    {
        var graph = await MemoGraph.CreateAsync(fixture);

        var first = await graph.RunAsync(Residents(2022));
        var second = await graph.RunAsync(Residents(2022));

        Assert.Equal(1, first.Statements);
        Assert.Equal(0, second.Statements);
        Assert.Equal(first.Json, second.Json);
        Assert.Equal(await CountResidentsAsync(2022), first.Data["populationObservations"]!["totalCount"]!.GetValue<long>());
        Assert.Equal((1L, 1L), (graph.Memo.Hits, graph.Memo.Misses));
    }

    [Fact]
    public async Task TotalCount_WithAnotherFilter_IsAnotherEntry()
    {
        var graph = await MemoGraph.CreateAsync(fixture);

        var recent = await graph.RunAsync(Residents(2022));
        var older = await graph.RunAsync(Residents(2019));

        Assert.Equal((1, 1), (recent.Statements, older.Statements));
        Assert.Equal(await CountResidentsAsync(2022), recent.Data["populationObservations"]!["totalCount"]!.GetValue<long>());
        Assert.Equal(await CountResidentsAsync(2019), older.Data["populationObservations"]!["totalCount"]!.GetValue<long>());
        Assert.Equal(2, graph.Memo.Count);
    }

    [Fact]
    public async Task TotalCount_ReadOnDataOlderThanTheServedVersion_IsNeverServedAsNewer()
    {
        // The server serves a version this database does not have yet (a standby that lags behind the one the version
        // came from): the count read here is kept under the version its rows carry, so the served version never finds it.
        var graph = await MemoGraph.CreateAsync(fixture);
        var held = graph.Served;
        graph.Served = held + 1;

        var first = await graph.RunAsync(Residents(2021));
        var second = await graph.RunAsync(Residents(2021));
        graph.Served = held;
        var atItsOwnVersion = await graph.RunAsync(Residents(2021));

        Assert.Equal((1, 1), (first.Statements, second.Statements));
        Assert.Equal(0, atItsOwnVersion.Statements);
        Assert.Equal(first.Json, atItsOwnVersion.Json);
    }

    [Fact]
    public async Task PageWithTotalCount_AskedAgain_SendsOnlyThePage()
    {
        var graph = await MemoGraph.CreateAsync(fixture);
        const string Query = "{ districts(first: 2) { totalCount nodes { name } } }";

        var first = await graph.RunAsync(Query);
        var second = await graph.RunAsync(Query);

        Assert.Equal((2, 1), (first.Statements, first.RoundTrips));
        Assert.Equal((1, 1), (second.Statements, second.RoundTrips));
        Assert.DoesNotContain("count(*)", graph.Statements.Statements.Last().Text, StringComparison.Ordinal);
        Assert.Equal(first.Json, second.Json);
    }

    [Fact]
    public async Task NestedTotalCounts_AskedAgain_AreNotCountedAgain()
    {
        var graph = await MemoGraph.CreateAsync(fixture);
        const string Query = "{ municipalities(first: 5) { nodes { key districts { totalCount } } } }";

        var first = await graph.RunAsync(Query);
        var second = await graph.RunAsync(Query);

        Assert.Equal(2, first.Statements);
        Assert.Equal(1, second.Statements); // the municipalities' page
        Assert.Equal(first.Json, second.Json);
        Assert.Contains(first.Data["municipalities"]!["nodes"]!.AsArray(), m => m!["districts"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Totals_AskedAgain_AreNotComputedAgain()
    {
        var graph = await MemoGraph.CreateAsync(fixture);
        const string Query = """
            { populationTotals(where: { municipality: { key: { eq: "05111000" } }, nationality: { alpha2: { eq: "TR" } }, year: { eq: 2020 }, areaLevel: { eq: DISTRICT } }, groupBy: [DISTRICT]) {
                key { district { name } } count sum } }
            """;

        var first = await graph.RunAsync(Query);
        var second = await graph.RunAsync(Query);

        Assert.True(first.Statements >= 1);
        Assert.Equal(first.Statements - 1, second.Statements); // the districts' names are looked up again, the totals not
        Assert.Equal(first.Json, second.Json);
        Assert.NotEmpty(first.Data["populationTotals"]!.AsArray());
    }

    [Fact]
    public async Task Memo_BeyondItsEntries_ForgetsTheLeastRecentlyUsed()
    {
        var graph = await MemoGraph.CreateAsync(fixture, new TotalsMemoOptions { MaxEntries = 2 });

        await graph.RunAsync(Residents(2018));
        await graph.RunAsync(Residents(2019));
        await graph.RunAsync(Residents(2018)); // 2018 is now the most recently used
        await graph.RunAsync(Residents(2020));

        Assert.Equal(2, graph.Memo.Count);
        Assert.Equal(0, (await graph.RunAsync(Residents(2018))).Statements);
        Assert.Equal(0, (await graph.RunAsync(Residents(2020))).Statements);
        Assert.Equal(1, (await graph.RunAsync(Residents(2019))).Statements);
    }

    [Fact]
    public async Task Memo_BeyondItsBytes_KeepsWithinThem()
    {
        var graph = await MemoGraph.CreateAsync(fixture, new TotalsMemoOptions { MaxBytes = 1_500 });

        foreach (var year in new[] { 2018, 2019, 2020, 2021 })
        {
            await graph.RunAsync(Residents(year));
        }

        Assert.InRange(graph.Memo.Bytes, 1, 1_500);
        Assert.InRange(graph.Memo.Count, 1, 3);
        Assert.Equal(0, (await graph.RunAsync(Residents(2021))).Statements);
    }

    [Fact]
    public async Task Memo_TurnedOff_CountsEveryTimeWithThePlainStatement()
    {
        var graph = await MemoGraph.CreateAsync(fixture, new TotalsMemoOptions { Enabled = false });

        var first = await graph.RunAsync(Residents(2022));
        var second = await graph.RunAsync(Residents(2022));

        Assert.Equal((1, 1), (first.Statements, second.Statements));
        Assert.All(graph.Statements.Statements, s => Assert.DoesNotContain("data_version", s.Text, StringComparison.Ordinal));
        Assert.Equal((0, 0L), (graph.Memo.Count, graph.Memo.Hits));
    }

    private async Task<long> CountResidentsAsync(int year)
    {
        await using var command = fixture.Database.DataSource.CreateCommand("select count(*) from population_observation where year = $1 and persons >= 100");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = year });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The served schema over the seeded database with a memo of its own, a statement counter, and the served version in the test's hand.</summary>
    private sealed class MemoGraph
    {
        private RequestExecutor _executor = null!;

        public StatementCounter Statements { get; } = new();

        public TotalsMemo Memo { get; private set; } = null!;

        /// <summary>The version the memo looks answers up under; starts as the database's own.</summary>
        public long Served { get; set; }

        public static async Task<MemoGraph> CreateAsync(SeededGraphFixture fixture, TotalsMemoOptions? options = null)
        {
            var graph = new MemoGraph();
            await using (var connection = await fixture.Database.DataSource.OpenConnectionAsync())
            {
                graph.Served = await DataVersionSql.ReadAsync(connection, CancellationToken.None);
            }

            graph.Memo = new TotalsMemo(options ?? new TotalsMemoOptions(), () => graph.Served);
            var schema = OpenDataGraph.CreateSchema(fixture.Database.DataSource, fixture.Options, graph.Statements, graph.Memo);
            graph._executor = new RequestExecutor(schema, new ExecutorOptions { Cost = fixture.Options.Cost });
            return graph;
        }

        public async Task<MemoResponse> RunAsync(string query)
        {
            Statements.Reset();
            var result = await _executor.ExecuteAsync(new GraphQLRequest(query));
            using var buffer = new MemoryStream();
            await using (var writer = new Utf8JsonWriter(buffer))
            {
                ResultJsonWriter.Write(writer, result);
            }

            var json = JsonNode.Parse(buffer.ToArray())!.AsObject();
            Assert.True(json["errors"] is null, json.ToJsonString());
            return new MemoResponse(json.ToJsonString(), json["data"]!, Statements.Count, Statements.RoundTrips);
        }
    }

    private sealed record MemoResponse(string Json, JsonNode Data, int Statements, int RoundTrips);
}
