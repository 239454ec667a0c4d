using System.Globalization;
using System.Net;
using System.Text.Json;
using OpenIntegrationData.Api.Tests.Browser;

namespace OpenIntegrationData.Api.Tests.Geo;

/// <summary>
/// <c>GET /geo/{municipality}/{level}.geojson</c> against the running API: an RFC 7946 FeatureCollection of the level's
/// areas whose figures are the GraphQL API's own, cacheable with ETag/304, smaller when simplified, and a 404 that
/// lists the valid keys.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MapEndpointTests(BrowserFixture fixture)
{
    private const string Foreigners = "geo/11000000/bezirk.geojson?measure=residents&group=foreign&date=2024-12-31";

    [Theory]
    [InlineData("geo/11000000/bezirk.geojson", 12)]
    [InlineData(Foreigners, 12)]
    [InlineData("geo/05315000/stadtbezirk.geojson", 9)]
    [InlineData("geo/05315000/stadtteil.geojson?tolerance=0.0004", 86)]
    [InlineData("geo/05315000/stadtteil.geojson?measure=residents&date=2012", 86)]
    [InlineData("geo/09162000/stadtbezirk.geojson?measure=residents", 25)]
    [InlineData("geo/02000000/stadtteil.geojson?measure=residents&tolerance=0.0004", 104)]
    public async Task Get_Level_IsAnRfc7946FeatureCollection(string path, int areas)
    {
        using var response = await fixture.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problems = Rfc7946.Problems(document.RootElement);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(areas, document.RootElement.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task Get_ForeignersInBerlin_FiguresAndSharesAreTheGraphQLAnswer()
    {
        using var document = JsonDocument.Parse(await fixture.Http.GetStringAsync(new Uri(Foreigners, UriKind.Relative)));
        var features = document.RootElement.GetProperty("features").EnumerateArray()
            .ToDictionary(feature => feature.GetProperty("properties").GetProperty("code").GetString()!, feature => feature.GetProperty("properties"));

        var foreigners = await GraphQLFiguresAsync("foreign");
        var residents = await GraphQLFiguresAsync(null);

        Assert.Equal(foreigners.Keys.Order(), features.Keys.Order());
        foreach (var (code, properties) in features)
        {
            Assert.Equal(foreigners[code], properties.GetProperty("value").GetDecimal());
            Assert.Equal(Math.Round(foreigners[code] / residents[code], 6), properties.GetProperty("share").GetDecimal());
        }

        // Mitte: 147,951 foreigners of 397,004 residents.
        Assert.Equal(147_951m, features["01"].GetProperty("value").GetDecimal());
        var about = document.RootElement.GetProperty("properties");
        Assert.Equal("2024-12-31", about.GetProperty("date").GetString());
        Assert.Equal(["boundaries", "figures"], about.GetProperty("sources").EnumerateArray().Select(source => source.GetProperty("role").GetString()!).ToArray());
        Assert.Equal(["CC-BY-4.0", "CC-BY-3.0-DE"], about.GetProperty("sources").EnumerateArray().Select(source => source.GetProperty("licence").GetString()!).ToArray());

        // CC BY asks for a credit line: each source carries the one the GraphQL API serves for it.
        foreach (var source in about.GetProperty("sources").EnumerateArray())
        {
            var key = source.GetProperty("key").GetString()!;
            var expected = (await fixture.QueryAsync("query($key: String!) { source(key: $key) { attribution } }", new { key }))
                .GetProperty("source").GetProperty("attribution").GetString();
            Assert.False(string.IsNullOrEmpty(expected), $"source {key} has no attribution");
            Assert.Equal(expected, source.GetProperty("attribution").GetString());
        }
    }

    [Fact]
    public async Task Get_Twice_SecondAnswerIs304ForTheSameETag()
    {
        using var first = await fixture.Http.GetAsync(new Uri(Foreigners, UriKind.Relative));
        var tag = first.Headers.ETag!.Tag;
        Assert.Contains("public", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Foreigners, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-None-Match", tag);
        using var second = await fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("geo/05315000/bezirk.geojson", "Köln has no map level 'bezirk'. Its levels with outlines: stadtbezirk, stadtteil.")]
    [InlineData("geo/99999999/bezirk.geojson", "There is no municipality with the key '99999999'. Municipalities with maps: 02000000 (Hamburg), 05314000 (Bonn), 05315000 (Köln), 09162000 (München), 11000000 (Berlin).")]
    [InlineData("geo/11000000/bezirk.geojson?measure=people", "There is no measure 'people'. Measures: ")]
    [InlineData("geo/11000000/bezirk.geojson?group=aliens", "There is no group of nationalities 'aliens'. Groups: ")]
    public async Task Get_UnknownKey_Is404ListingTheValidOnes(string path, string detail)
    {
        using var response = await fixture.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith(detail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.RootElement.GetProperty("valid").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("geo/11000000/bezirk.geojson?date=31.12.2024", "'date' must be a reference date (yyyy-MM-dd, e.g. 2024-12-31) or a year (yyyy), not \"31.12.2024\".")]
    [InlineData("geo/11000000/bezirk.geojson?tolerance=1", "'tolerance' must be a number of degrees above 0 and at most 0.01 (0.0004 is about 40 m), not \"1\".")]
    [InlineData("geo/11000000/bezirk.geojson?group=foreign&nationality=TR", "Give either 'nationality' or 'group', not both: a figure is for one nationality or one group of them.")]
    public async Task Get_MalformedParameter_Is400SayingWhatIsExpected(string path, string detail)
    {
        using var response = await fixture.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(detail, problem.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("geo/11000000/bezirk.geojson")]
    [InlineData("geo/11000000/prognoseraum-lor2021.geojson")]
    [InlineData("geo/11000000/bezirksregion-lor2006.geojson")]
    [InlineData("geo/11000000/planungsraum-lor2006.geojson")]
    [InlineData("geo/05315000/stadtbezirk.geojson")]
    [InlineData("geo/05315000/stadtteil.geojson")]
    [InlineData("geo/09162000/stadtbezirk.geojson")]
    [InlineData("geo/02000000/bezirk.geojson")]
    [InlineData("geo/02000000/stadtteil.geojson")]
    public async Task Get_WithTolerance_IsAFractionOfTheFullOutlines(string path)
    {
        var full = (await fixture.Http.GetByteArrayAsync(new Uri(path, UriKind.Relative))).Length;
        var simplified = (await fixture.Http.GetByteArrayAsync(new Uri(path + "?tolerance=0.0004", UriKind.Relative))).Length;

        // The sizes for the documentation (README "Maps"), beside the screenshots; a filtered run may be the first to write there.
        var sizes = Path.GetFullPath(Path.Combine(BrowserFixture.ScreenshotFolder, "..", "geojson-sizes.txt"));
        Directory.CreateDirectory(Path.GetDirectoryName(sizes)!);
        await File.AppendAllTextAsync(sizes, string.Create(CultureInfo.InvariantCulture, $"{path}\t{full}\t{simplified}\n"));
        Assert.InRange(simplified, 1, full / 4);
    }

    private async Task<Dictionary<string, decimal>> GraphQLFiguresAsync(string? group)
    {
        var data = await fixture.QueryAsync(
            """
            query($where: PopulationObservationFilterInput!) {
              populationObservations(first: 50, where: $where) { nodes { value area { code } } }
            }
            """,
            new
            {
                where = new Dictionary<string, object?>
                {
                    ["municipality"] = new { key = new { eq = "11000000" } },
                    ["area"] = new { level = new { key = new { eq = "bezirk" } } },
                    ["measure"] = new { key = new { eq = "residents" } },
                    ["referenceDate"] = new { eq = "2024-12-31" },
                    ["nationalityGroup"] = group is null ? new { id = new { eq = (string?)null } } : new { key = new { eq = group } },
                    ["nationality"] = new { id = new { eq = (string?)null } },
                    ["migrationCategory"] = new { eq = "ALL" },
                    ["sex"] = new { eq = (string?)null },
                    ["ageGroup"] = new { eq = (string?)null },
                },
            });
        return data.GetProperty("populationObservations").GetProperty("nodes").EnumerateArray()
            .ToDictionary(node => node.GetProperty("area").GetProperty("code").GetString()!, node => node.GetProperty("value").GetDecimal());
    }
}
