using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Querying.Filtering;

/// <summary>
/// <c>icontains</c> and <c>istartsWith</c> find text whatever its case, umlauts included, as a reader types it;
/// <c>contains</c> and <c>startsWith</c> stay case-sensitive as in HotChocolate.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class CaseInsensitiveFilterTests(SeededGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);

    [Theory]
    [InlineData("sdgIndicators", "title: { de: { icontains: \"kinderarmut\" } }", "title { de }", "Kinderarmut")]
    [InlineData("sdgIndicators", "title: { de: { icontains: \"ARMUT\" } }", "title { de }", "Kinderarmut")]
    [InlineData("municipalities", "name: { istartsWith: \"köln\" }", "name", "Köln")]
    [InlineData("municipalities", "name: { istartsWith: \"KÖLN\" }", "name", "Köln")]
    [InlineData("nationalityGroups", "name: { de: { istartsWith: \"übriges\" } }", "name { de }", "Übriges Europa")]
    [InlineData("nationalities", "name: { de: { icontains: \"TÜRK\" } }", "name { de }", "Türkei")]
    public async Task IgnoringCase_FindsWhatTheReaderMeans(string connection, string where, string selection, string expected)
    {
        var data = await _client.DataAsync($"{{ {connection}(first: 50, where: {{ {where} }}) {{ nodes {{ {selection} }} }} }}");

        Assert.Contains(expected, Texts(data[connection]!["nodes"]));
    }

    [Theory]
    [InlineData("name: { contains: \"köln\" }")]
    [InlineData("name: { startsWith: \"KÖLN\" }")]
    public async Task CaseSensitiveOperations_StayCaseSensitive(string where)
    {
        var data = await _client.DataAsync($"{{ municipalities(where: {{ {where} }}) {{ totalCount }} }}");

        Assert.Equal(0, data["municipalities"]!["totalCount"]!.GetValue<int>());
    }

    /// <summary>Every text in an answer, however deep.</summary>
    private static IEnumerable<string> Texts(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject map => map.SelectMany(static p => Texts(p.Value)),
        System.Text.Json.Nodes.JsonArray list => list.SelectMany(Texts),
        System.Text.Json.Nodes.JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => [value.GetValue<string>()],
        _ => [],
    };
}
