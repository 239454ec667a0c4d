using System.Text.Json.Nodes;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Examples;

/// <summary>
/// Every example operation in docs/queries runs against the seed data within the default cost
/// limits, and its answer equals the answer of the SQL file beside it. The line
/// <c># compare: path</c> names the part of <c>data</c> the SQL computes (<c>.</c> for all of it).
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ExampleQueryTests(SeededGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);
    private readonly DirectSql _sql = new(fixture.Database.DataSource);

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryFolder.ExampleQueries, "*.graphql").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void Examples_AtLeastADozen_EachWithItsSqlAnswer()
    {
        var names = Directory.GetFiles(RepositoryFolder.ExampleQueries, "*.graphql").Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.True(names.Count >= 12);
        Assert.All(names, name => Assert.True(File.Exists(Path.Combine(RepositoryFolder.ExampleQueries, name + ".sql")), name));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_RunAgainstSeedData_EqualsItsSqlAnswer(string name)
    {
        var operation = await File.ReadAllTextAsync(Path.Combine(RepositoryFolder.ExampleQueries, name + ".graphql"));
        var sql = await File.ReadAllTextAsync(Path.Combine(RepositoryFolder.ExampleQueries, name + ".sql"));
        var path = operation.Split('\n').Single(l => l.StartsWith("# compare:", StringComparison.Ordinal))["# compare:".Length..].Trim();

        var data = await _client.DataAsync(operation);
        var expected = JsonNode.Parse(await _sql.JsonAsync(sql) ?? "null");

        var actual = path == "." ? data : path.Split('.').Aggregate((JsonNode?)data, static (node, segment) => node?[segment]);
        Assert.Equal(CanonicalJson.Write(expected), CanonicalJson.Write(actual));
        Assert.NotEqual("[]", CanonicalJson.Write(actual));
    }
}
