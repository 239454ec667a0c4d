using System.Text.Json.Nodes;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Resolvers;

/// <summary>
/// A document asked again runs its cached plan, and what the resolvers derive from the plan (the columns, the select
/// list, the joins) is kept with it. What differs between requests of one document — variables, the object type a
/// <c>node</c> turns out to be, <c>@include</c> by a variable — must still decide what each answer holds.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class CachedPlanTests(SeededGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);

    [Fact]
    public async Task SameDocument_OtherPageSize_AnswersWithThatManyRows()
    {
        const string query = "query($n: Int!) { districts(first: $n) { nodes { id name } } }";

        var two = await _client.ExecuteAsync(query, new Dictionary<string, object?> { ["n"] = 2 });
        var four = await _client.ExecuteAsync(query, new Dictionary<string, object?> { ["n"] = 4 });

        Assert.Equal(2, two.Data!["districts"]!["nodes"]!.AsArray().Count);
        Assert.Equal(4, four.Data!["districts"]!["nodes"]!.AsArray().Count);
        Assert.Equal(two.Data!["districts"]!["nodes"]![1]!.ToJsonString(), four.Data!["districts"]!["nodes"]![1]!.ToJsonString());
    }

    [Fact]
    public async Task SameDocument_IncludeByVariable_EachAnswerHoldsWhatItsVariablesSelect()
    {
        const string query = """
            query($withName: Boolean!, $withMunicipality: Boolean!) {
              districts(first: 2) { nodes { id name @include(if: $withName) municipality @include(if: $withMunicipality) { name } } }
            }
            """;

        foreach (var (withName, withMunicipality) in new[] { (true, false), (false, true), (true, true), (true, false) })
        {
            var response = await _client.ExecuteAsync(query, new Dictionary<string, object?> { ["withName"] = withName, ["withMunicipality"] = withMunicipality });

            Assert.Null(response.Errors);
            var district = response.Data!["districts"]!["nodes"]![0]!.AsObject();
            Assert.Equal(withName, district.ContainsKey("name"));
            Assert.Equal(withMunicipality, district.ContainsKey("municipality"));
            if (withName)
            {
                Assert.False(string.IsNullOrEmpty(district["name"]!.GetValue<string>()));
            }

            if (withMunicipality)
            {
                Assert.False(string.IsNullOrEmpty(district["municipality"]!["name"]!.GetValue<string>()));
            }
        }
    }

    [Fact]
    public async Task SameDocument_NodesOfTwoTypes_EachReadWithItsOwnFields_AgainAndAgain()
    {
        // District 1 and municipality 1; each type has its own fragment and so its own columns.
        const string query = """
            { nodes(ids: ["RGlzdHJpY3Q6MQ==", "TXVuaWNpcGFsaXR5OjE="]) { id ... on District { number } ... on Municipality { key } } }
            """;

        var first = await _client.ExecuteAsync(query);
        var again = await _client.ExecuteAsync(query);

        Assert.Null(first.Errors);
        var nodes = first.Data!["nodes"]!.AsArray();
        Assert.Equal(["id", "number"], nodes[0]!.AsObject().Select(static p => p.Key));
        Assert.Equal(["id", "key"], nodes[1]!.AsObject().Select(static p => p.Key));
        Assert.Equal(first.Json.ToJsonString(), again.Json.ToJsonString());
    }
}
