using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Resolvers;

/// <summary>
/// A request costs a fixed number of SQL statements: one per list level (plus one per level that
/// selects totalCount, sent in the same round trip as the page), however many rows a page has and
/// however many parents a level has. Objects a row points at (to-one relations) are joined into that row's statement.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class StatementCountTests(SeededGraphFixture fixture)
{
    // Cost analysis (HC0047) would refuse the deepest queries here; these tests measure the SQL, so it is off.
    private readonly GraphClient _client = new(fixture, withoutCostLimits: true);

    private static string DistrictsToObservations(int districts, int programmes) => $$"""
        {
          districts(first: {{districts}}) {
            nodes {
              name
              programmes(first: {{programmes}}) {
                nodes {
                  name { de }
                  sdgGoals(first: 17) {
                    nodes {
                      number
                      indicators(first: 5, where: { observations: { any: true } }) {
                        nodes { code observations(first: 3) { nodes { value year isIllustrative licence source { title } } } }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Execute_DistrictsProgrammesGoalsIndicatorsObservationsSources_OneStatementPerListLevel()
    {
        var response = await _client.ExecuteAsync(DistrictsToObservations(districts: 10, programmes: 20));

        Assert.True(response.Errors is null, response.Json.ToJsonString());
        Assert.Equal(5, response.Statements);
        Assert.Contains("\"licence\"", response.Json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_LargerPagesAndMoreParents_SameNumberOfStatements()
    {
        var small = await _client.ExecuteAsync(DistrictsToObservations(districts: 1, programmes: 1));
        var large = await _client.ExecuteAsync(DistrictsToObservations(districts: 50, programmes: 50));

        Assert.True(large.Errors is null, large.Json.ToJsonString());
        Assert.True(large.Json.ToJsonString().Length > small.Json.ToJsonString().Length);
        Assert.Equal(5, small.Statements);
        Assert.Equal(5, large.Statements);
    }

    [Fact]
    public async Task Execute_TotalCountOnEveryLevel_OneCountStatementPerLevel()
    {
        var response = await _client.ExecuteAsync("""
            { municipalities(first: 5) { totalCount nodes { districts(first: 50) { totalCount nodes { subDistricts(first: 50) { totalCount nodes { name } } } } } } }
            """);

        Assert.True(response.Errors is null, response.Json.ToJsonString());
        Assert.Equal(6, response.Statements);
        Assert.Equal(3, response.RoundTrips);
    }

    [Fact]
    public async Task Execute_PageAndTotalCount_OneRoundTripWithBothStatements()
    {
        var response = await _client.ExecuteAsync("""
            { districts(first: 2, where: { name: { startsWith: "Stadtbezirk" } }) { totalCount nodes { name } } }
            """);

        Assert.True(response.Errors is null, response.Json.ToJsonString());
        Assert.Equal(2, response.Statements);
        Assert.Equal(1, response.RoundTrips);
        Assert.Equal(2, response.Data!["districts"]!["nodes"]!.AsArray().Count);
        Assert.True(response.Data!["districts"]!["totalCount"]!.GetValue<int>() > 2);
    }

    [Fact]
    public async Task Execute_SameNestedListUnderEdgesAndNodes_OneStatementForEachPlace()
    {
        // edges.node.programmes and nodes.programmes are two fields of the plan, each answered for all parents at once.
        var response = await _client.ExecuteAsync("""
            { districts(first: 50) { edges { node { programmes { nodes { key } } } } nodes { programmes { nodes { key } } } } }
            """);

        Assert.True(response.Errors is null, response.Json.ToJsonString());
        Assert.Equal(3, response.Statements);
        Assert.Equal(
            response.Data!["districts"]!["edges"]!.AsArray().Select(e => e!["node"]!["programmes"]!.ToJsonString()),
            response.Data!["districts"]!["nodes"]!.AsArray().Select(n => n!["programmes"]!.ToJsonString()));
    }

    [Fact]
    public async Task Execute_OnlyTotalCount_CountsWithoutReadingRows()
    {
        var response = await _client.ExecuteAsync("{ populationObservations { totalCount } }");

        // population_observation.csv and population_observation.berlin-detail.csv.gz.
        Assert.Equal(94_805 + 562_680, response.Data!["populationObservations"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, response.Statements);
        Assert.StartsWith("select count(*)", fixture.Statements.Statements.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_ToOneRelationsOfFiftyObservations_JoinedIntoTheListStatement()
    {
        var response = await _client.ExecuteAsync("""
            { populationObservations(first: 50, where: { nationality: { alpha2: { eq: "TR" } }, areaLevel: { eq: DISTRICT } }) { nodes { persons municipality { name } district { name municipality { key } } nationality { alpha2 } source { licence } } } }
            """);

        Assert.True(response.Errors is null, response.Json.ToJsonString());
        Assert.Equal(1, response.Statements);
        var nodes = response.Data!["populationObservations"]!["nodes"]!.AsArray();
        Assert.Equal(50, nodes.Count);
        Assert.All(nodes, n => Assert.Equal("TR", n!["nationality"]!["alpha2"]!.GetValue<string>()));
        Assert.All(nodes, n => Assert.NotNull(n!["district"]!["municipality"]!["key"]));
    }

    [Fact]
    public async Task Execute_ToOneRelationUnderTwoAliases_OneJoinWithBothSelections()
    {
        var response = await _client.ExecuteAsync("""
            { districts(first: 3) { nodes { a: municipality { key } b: municipality { name } } } }
            """);

        Assert.True(response.Errors is null, response.Json.ToJsonString());
        Assert.Equal(1, response.Statements);
        Assert.All(response.Data!["districts"]!["nodes"]!.AsArray(), n =>
        {
            Assert.NotNull(n!["a"]!["key"]);
            Assert.NotNull(n["b"]!["name"]);
            Assert.Null(n["a"]!["name"]);
        });
    }

    [Fact]
    public async Task Execute_ToOneRelationOfTotalsGroups_OneStatementForAllGroups()
    {
        // Totals rows carry only the foreign key of a relation dimension; its objects load in one batch.
        var response = await _client.ExecuteAsync("""
            { populationTotals(where: { measure: { key: { eq: "residents" } }, year: { eq: 2012 }, areaLevel: { eq: MUNICIPALITY }, nationality: { id: { eq: null } }, nationalityGroup: { id: { eq: null } }, migrationCategory: { eq: ALL }, sex: { eq: null } }, groupBy: [MUNICIPALITY]) { key { municipality { name } } sum } }
            """);

        Assert.True(response.Errors is null, response.Json.ToJsonString());
        Assert.Equal(2, response.Statements);
    }

    [Fact]
    public async Task Execute_NodesOfThreeTypes_OneStatementPerType()
    {
        var response = await _client.ExecuteAsync("""
            { nodes(ids: ["RGlzdHJpY3Q6MQ==", "RGlzdHJpY3Q6Mg==", "U291cmNlOjE=", "TXVuaWNpcGFsaXR5OjE="]) { id } }
            """);

        Assert.True(response.Errors is null, response.Json.ToJsonString());
        Assert.Equal(3, response.Statements);
    }

    [Fact]
    public async Task Execute_DeepQueryWithCostLimitsOn_RefusedBeforeAnyStatement()
    {
        var response = await new GraphClient(fixture).ExecuteAsync(DistrictsToObservations(districts: 10, programmes: 20));

        Assert.Equal("HC0047", response.FirstErrorCode);
        Assert.Equal(0, response.Statements);
    }

    [Fact]
    public async Task Execute_OnlySelectedColumns_AreRead()
    {
        await _client.ExecuteAsync("{ districts(first: 3) { nodes { name } } }");

        var statement = fixture.Statements.Statements.Single().Text;
        Assert.Contains("t0.name", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("population", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("area_km2", statement, StringComparison.Ordinal);
    }
}
