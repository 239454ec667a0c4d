using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Resolvers;

/// <summary>
/// Mistakes a reader makes in the IDE get an error that shows the way: the shape a filter value should have, and the
/// key to use when a lookup by key was given a name. The suggested operations run as written.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class TeachingErrorTests(SeededGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);

    [Theory]
    [InlineData(
        "{ populationObservations(where: { year: 2012 }) { totalCount } }",
        "Expected value of type \"IntOperationFilterInput\", found 2012. \"IntOperationFilterInput\" is an input object: write `year: { eq: 2012 }`.",
        "year: 2012",
        "year: { eq: 2012 }")]
    [InlineData(
        "{ nationalities(where: { name: \"Türkei\" }) { totalCount } }",
        "Expected value of type \"LocalizedTextFilterInput\", found \"Türkei\". \"LocalizedTextFilterInput\" is an input object: write `name: { de: { eq: \"Türkei\" } }`.",
        "name: \"Türkei\"",
        "name: { de: { eq: \"Türkei\" } }")]
    [InlineData(
        "{ districts(where: { municipality: { name: \"Köln\" } }) { totalCount } }",
        "Expected value of type \"StringOperationFilterInput\", found \"Köln\". \"StringOperationFilterInput\" is an input object: write `name: { eq: \"Köln\" }`.",
        "name: \"Köln\"",
        "name: { eq: \"Köln\" }")]
    public async Task Filter_ValueWithoutItsOperation_MessageShowsTheShapeThatRuns(string operation, string message, string written, string shown)
    {
        var response = await _client.ExecuteAsync(operation);

        var error = Assert.Single(response.Errors!)!;
        Assert.Equal(message, error["message"]!.GetValue<string>());
        Assert.Equal("VALUES_OF_CORRECT_TYPE", response.FirstErrorCode);
        var data = await _client.DataAsync(operation.Replace(written, shown, StringComparison.Ordinal));
        Assert.NotEqual(0, data.AsObject().Single().Value!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Lookup_NameInsteadOfKey_NullWithAnErrorNamingTheKey()
    {
        var response = await _client.ExecuteAsync("{ municipality(key: \"Köln\") { name } }");

        Assert.Null(response.Data!["municipality"]);
        var error = Assert.Single(response.Errors!)!;
        Assert.Equal(
            "\"Köln\" is a name, not a key: ask municipality(key: \"05315000\"). To find keys by name: { municipalities(where: { name: { eq: \"Köln\" } }) { nodes { key name } } }",
            error["message"]!.GetValue<string>());
        Assert.Equal("""["municipality"]""", error["path"]!.ToJsonString());
        Assert.Equal("KEY_EXPECTED", response.FirstErrorCode);
        Assert.Equal("""["05315000"]""", error["extensions"]!["keys"]!.ToJsonString());

        var findKeys = await _client.DataAsync(error["extensions"]!["findKeys"]!.GetValue<string>());
        Assert.Equal("05315000", findKeys["municipalities"]!["nodes"]![0]!["key"]!.GetValue<string>());
        var found = await _client.DataAsync("{ municipality(key: \"05315000\") { name } }");
        Assert.Equal("Köln", found["municipality"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ municipality(key: \"köln\") { name } }", "municipalities(where: { name: { eq: \"Köln\" } })")]
    [InlineData("{ network(key: \"Eurocities\") { key } }", "networks(where: { name: { de: { eq: \"Eurocities\" } } })")]
    [InlineData("{ sdgIndicator(code: \"Kinderarmut\") { code } }", "sdgIndicators(where: { title: { de: { eq: \"Kinderarmut\" } } })")]
    public async Task Lookup_NameInAnyCaseOrLanguage_TheFindKeysOperationFindsIt(string operation, string findKeysStart)
    {
        var response = await _client.ExecuteAsync(operation);

        var findKeys = Assert.Single(response.Errors!)!["extensions"]!["findKeys"]!.GetValue<string>();
        Assert.Contains(findKeysStart, findKeys, StringComparison.Ordinal);
        var data = await _client.DataAsync(findKeys);
        Assert.NotEmpty(data.AsObject().Single().Value!["nodes"]!.AsArray());
    }

    [Theory]
    [InlineData("{ municipality(key: \"99999999\") { name } }")]
    [InlineData("{ municipality(key: \"Atlantis\") { name } }")]
    public async Task Lookup_UnknownKeyThatIsNoName_PlainNull(string operation)
    {
        var response = await _client.ExecuteAsync(operation);

        Assert.Null(response.Errors);
        Assert.Null(response.Data!["municipality"]);
    }
}
