using System.Net.Http.Json;
using System.Text.Json;
using OpenIntegrationData.Api.Tests.Browser;

namespace OpenIntegrationData.Api.Tests.Geo;

/// <summary>
/// Outlines in the graph, against the running API with the seed's outlines (Berlin, Köln, München, Hamburg): <c>areasAt</c>
/// answers which areas contain a point, <c>boundary</c> is GeoJSON (simplified on request, the map endpoint's own
/// geometry), <c>boundingBox</c> frames it, and cost analysis weighs a geometry above a name.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OutlineGraphQLTests(BrowserFixture fixture)
{
    private const string AreasAt =
        "query($longitude: Float!, $latitude: Float!) { areasAt(longitude: $longitude, latitude: $latitude) { code name level { key } municipality { key } } }";

    [Fact]
    public async Task AreasAt_BerlinCentre_IsInMitteOnEveryLevel()
    {
        var areas = await AreasAtAsync(13.4050, 52.5200);

        // From the largest level down; the LOR of 2006 ended in 2020 but its areas keep their outlines.
        Assert.Equal(
            [
                ("11000000", "bezirk", "01", "Mitte"),
                ("11000000", "prognoseraum-lor2021", "0110", "Zentrum"),
                ("11000000", "bezirksregion-lor2006", "010113", "Alexanderplatz"),
                ("11000000", "planungsraum-lor2006", "01011303", "Alexanderplatzviertel"),
            ],
            areas);
    }

    [Fact]
    public async Task AreasAt_KoelnCathedral_IsInInnenstadtAndAltstadtNord()
    {
        var areas = await AreasAtAsync(6.9583, 50.9413);

        Assert.Equal([("05315000", "stadtbezirk", "1", "Innenstadt"), ("05315000", "stadtteil", "103", "Altstadt/Nord")], areas);
    }

    [Theory]
    [InlineData(6.9700, 50.9380)]
    [InlineData(6.9860, 50.9000)]
    [InlineData(6.9700, 50.9800)]
    [InlineData(7.0000, 50.8600)]
    public async Task AreasAt_PointInTheRhine_IsInNoneOrOneAreaOfEachLevel(double longitude, double latitude)
    {
        var areas = await AreasAtAsync(longitude, latitude);

        Assert.All(areas.GroupBy(area => area.Level), level => Assert.Single(level));
    }

    [Fact]
    public async Task AreasAt_OutsideEveryCity_IsEmpty()
    {
        Assert.Empty(await AreasAtAsync(10.0, 0.0));
    }

    [Fact]
    public async Task AreasAt_LatitudeBeyondThePole_IsAnErrorNamingTheRange()
    {
        using var response = await fixture.Http.PostAsJsonAsync(new Uri("graphql", UriKind.Relative), new { query = AreasAt, variables = new { longitude = 13.4, latitude = 152.5 } });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var error = body.RootElement.GetProperty("errors")[0];
        Assert.Equal("POINT_OUT_OF_RANGE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("`longitude` must be between -180 and 180 and `latitude` between -90 and 90", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Boundary_Simplified_IsTheMapEndpointsGeometryAndSmaller()
    {
        var data = await fixture.QueryAsync(
            """
            {
              municipality(key: "05315000") {
                boundary
                areas(first: 50, where: { level: { key: { eq: "stadtteil" } } }) {
                  nodes { code full: boundary small: boundary(tolerance: 0.0004) boundingBox }
                }
              }
            }
            """);
        var nodes = data.GetProperty("municipality").GetProperty("areas").GetProperty("nodes").EnumerateArray().ToArray();
        using var map = JsonDocument.Parse(await fixture.Http.GetStringAsync(new Uri("geo/05315000/stadtteil.geojson?tolerance=0.0004", UriKind.Relative)));
        var mapGeometry = map.RootElement.GetProperty("features").EnumerateArray()
            .ToDictionary(feature => feature.GetProperty("id").GetString()!, feature => feature.GetProperty("geometry").GetRawText());

        Assert.Equal(JsonValueKind.Null, data.GetProperty("municipality").GetProperty("boundary").ValueKind);
        Assert.Equal(50, nodes.Length);
        foreach (var node in nodes)
        {
            Assert.Equal("MultiPolygon", node.GetProperty("full").GetProperty("type").GetString());
            var small = node.GetProperty("small");
            Assert.True(small.GetRawText().Length < node.GetProperty("full").GetRawText().Length);
            Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(mapGeometry[node.GetProperty("code").GetString()!]).RootElement), JsonSerializer.Serialize(small));
            var box = node.GetProperty("boundingBox").EnumerateArray().Select(value => value.GetDouble()).ToArray();
            Assert.True(box[0] < box[2] && box[1] < box[3] && box[0] > 6.7 && box[2] < 7.2, $"{node.GetProperty("code")}: bounding box {string.Join(", ", box)}");
        }
    }

    [Fact]
    public async Task Boundary_OfBonn_IsItsPublishedOutline()
    {
        var data = await fixture.QueryAsync("""{ municipality(key: "05314000") { boundary boundingBox } }""");

        var bonn = data.GetProperty("municipality");
        Assert.Equal("MultiPolygon", bonn.GetProperty("boundary").GetProperty("type").GetString());
        var box = bonn.GetProperty("boundingBox").EnumerateArray().Select(value => value.GetDouble()).ToArray();
        double[] published = [7.0225, 50.6327, 7.2107, 50.7744];
        Assert.All(box.Zip(published), pair => Assert.InRange(pair.First, pair.Second - 0.001, pair.Second + 0.001));
    }

    [Fact]
    public async Task Cost_AGeometry_WeighsMoreThanAName()
    {
        var name = await FieldCostAsync("""{ areas(first: 50) { nodes { name } } }""");
        var boundary = await FieldCostAsync("""{ areas(first: 50) { nodes { boundary(tolerance: 0.0004) } } }""");

        Assert.True(boundary >= name + (50 * 20), $"a name costs {name}, a boundary {boundary}");
    }

    private async Task<double> FieldCostAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query }) };
        request.Headers.Add("GraphQL-Cost", "validate");
        using var response = await fixture.Http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble();
    }

    private async Task<IReadOnlyList<(string Municipality, string Level, string Code, string Name)>> AreasAtAsync(double longitude, double latitude)
    {
        var data = await fixture.QueryAsync(AreasAt, new { longitude, latitude });
        return [.. data.GetProperty("areasAt").EnumerateArray().Select(area => (
            area.GetProperty("municipality").GetProperty("key").GetString()!,
            area.GetProperty("level").GetProperty("key").GetString()!,
            area.GetProperty("code").GetString()!,
            area.GetProperty("name").GetString()!))];
    }
}
