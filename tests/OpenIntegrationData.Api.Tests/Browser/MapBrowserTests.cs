using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using OpenIntegrationData.Api.Tests.Geo;

namespace OpenIntegrationData.Api.Tests.Browser;

/// <summary>
/// Another city's site embeds <c>&lt;oid-area-map&gt;</c>: it draws every area of the level with the map endpoint's
/// figures, each area takes keyboard focus, the hidden table holds the figures, and on a 375 px phone the text stays
/// readable. Screenshots of Berlin's Bezirke and Köln's Stadtteile, desktop and phone, land in TestResults/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MapBrowserTests(BrowserFixture fixture)
{
    private const string BerlinMap = """<oid-area-map area="11000000" level="bezirk" measure="residents" group="foreign" date="2024-12-31"></oid-area-map>""";
    private const string KoelnMap = """<oid-area-map area="05315000" level="stadtteil" measure="residents" group="turkey" date="2012"></oid-area-map>""";

    [Fact]
    public async Task AreaMap_BerlinBezirkeOnAnotherOrigin_DrawsEveryAreaWithTheEndpointsFigures()
    {
        var url = fixture.Site.PublishWidgetPage("map-berlin.html", fixture.Api, BerlinMap, lang: "de");
        await using var watched = await fixture.OpenPageAsync();
        var map = await OpenReadyMapAsync(watched, url);

        var expected = await EndpointFiguresAsync("geo/11000000/bezirk.geojson?measure=residents&group=foreign&date=2024-12-31");
        Assert.Equal(12, expected.Count);
        Assert.Equal(expected, await AreasAsync(map));
        Assert.Equal(expected, await TableAsync(map));
        await Assertions.Expect(map.Locator("h2")).ToHaveTextAsync("Einwohner am Stichtag: Ausländer, Berlin, Bezirk, 2024-12-31");
        await Assertions.Expect(map.Locator("footer .source[data-role='boundaries']")).ToContainTextAsync("LOR-Geodaten Berlin");
        await Assertions.Expect(map.Locator("footer .source[data-role='figures']")).ToContainTextAsync("Lizenz: Creative Commons Namensnennung 3.0 Deutschland");
        await Assertions.Expect(map.Locator("footer .source[data-role='figures'] .attribution"))
            .ToHaveTextAsync($" · Namensnennung: {await EndpointAttributionAsync("geo/11000000/bezirk.geojson?measure=residents&group=foreign&date=2024-12-31", "figures")}");
        await Assertions.Expect(map.Locator(".legend li")).ToHaveCountAsync(5);

        // Keyboard: Tab walks the areas in alphabetical order, each announcing its name, figure and share.
        await watched.Page.Keyboard.PressAsync("Tab");
        var first = map.Locator("svg .area").First;
        await Assertions.Expect(first).ToBeFocusedAsync();
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-label", "Charlottenburg-Wilmersdorf: 93.506 Personen (27,2 % der Einwohner)");
        await Assertions.Expect(map.Locator(".focus-value")).ToHaveTextAsync((await first.GetAttributeAsync("aria-label"))!);
        await watched.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(map.Locator("svg .area").Nth(1)).ToBeFocusedAsync();
        await map.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("map-berlin-bezirke-desktop") });
        AssertNoProblems(watched);
    }

    [Fact]
    public async Task AreaMap_KoelnStadtteileInEnglish_DrawsAll86WithTheirFigures()
    {
        var url = fixture.Site.PublishWidgetPage("map-koeln.html", fixture.Api, KoelnMap);
        await using var watched = await fixture.OpenPageAsync();
        var map = await OpenReadyMapAsync(watched, url);

        var expected = await EndpointFiguresAsync("geo/05315000/stadtteil.geojson?measure=residents&group=turkey&date=2012");
        Assert.Equal(86, (await AreasAsync(map)).Count);
        Assert.Equal(expected, await AreasAsync(map));
        Assert.Equal(expected, await TableAsync(map));
        await Assertions.Expect(map.Locator("h2")).ToHaveTextAsync("Residents on the reference date: Türkiye, Köln, Quarter, 2012");
        await Assertions.Expect(map.Locator("footer")).ToContainTextAsync("Boundaries: Stadtbezirke (2013-10-04) und Stadtteile (2013-06-25) der Stadt Köln");
        await map.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("map-koeln-stadtteile-desktop") });
        AssertNoProblems(watched);
    }

    [Theory]
    [InlineData("berlin-bezirke", BerlinMap, 12)]
    [InlineData("koeln-stadtteile", KoelnMap, 86)]
    public async Task AreaMap_OnA375PxPhone_FitsTheScreenWithReadableText(string name, string element, int areas)
    {
        var url = fixture.Site.Publish($"map-phone-{name}.html",
            $$"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <script type="module" src="{{new Uri(fixture.Api, "/widgets/oid-widgets.js")}}"></script></head>
            <body style="font-family: sans-serif; margin: 8px">{{element}}</body></html>
            """);
        await using var watched = await fixture.OpenPageAsync(width: 375, height: 812);
        var map = await OpenReadyMapAsync(watched, url);

        await Assertions.Expect(map.Locator("svg .area")).ToHaveCountAsync(areas);
        Assert.True(await watched.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 375"), "the page scrolls sideways on a phone");
        var smallest = await map.EvaluateAsync<double>(
            """
            (widget) => Math.min(...[...widget.shadowRoot.querySelectorAll('h2, p, li, footer')]
              .filter((element) => element.textContent.trim() !== '').map((element) => parseFloat(getComputedStyle(element).fontSize)))
            """);
        Assert.InRange(smallest, 12, 100);
        var mapWidth = await map.EvaluateAsync<double>("(widget) => widget.shadowRoot.querySelector('svg.map').getBoundingClientRect().width");
        Assert.InRange(mapWidth, 300, 375);
        await watched.Page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath($"map-{name}-phone-375"), FullPage = true });
        AssertNoProblems(watched);
    }

    [Fact]
    public async Task EmbedPage_AreaMapInAnIframeOfTheDocumentedSize_DrawsTheMap()
    {
        var embed = new Uri(fixture.Api, "widgets/embed?widget=area-map&area=11000000&level=bezirk&measure=residents&group=foreign&date=2024-12-31&lang=de");
        var url = fixture.Site.Publish("map-iframe.html",
            $"""<!doctype html><html lang="de"><body><iframe title="Karte" width="680" height="1050" style="border:0" src="{embed}"></iframe></body></html>""");
        await using var watched = await fixture.OpenPageAsync();
        await watched.Page.GotoAsync(url.ToString());

        var map = watched.Page.FrameLocator("iframe").Locator("oid-area-map");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        await Assertions.Expect(map.Locator("svg .area")).ToHaveCountAsync(12);
        // The documented size holds the whole widget: the frame does not scroll.
        var size = await watched.Page.FrameLocator("iframe").Locator("html").EvaluateAsync<int[]>("html => [html.scrollWidth, html.scrollHeight]");
        Assert.True(size[0] <= 680 && size[1] <= 1050, $"the map needs {size[0]}×{size[1]}, the documented iframe gives 680×1050");
        await watched.Page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("map-embed-iframe") });
        AssertNoProblems(watched);
    }

    private static async Task<ILocator> OpenReadyMapAsync(WatchedPage watched, Uri url)
    {
        await watched.Page.GotoAsync(url.ToString());
        var map = watched.Page.Locator("oid-area-map");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        return map;
    }

    private static void AssertNoProblems(WatchedPage watched) =>
        Assert.True(watched.Problems.Count == 0, "the page had problems:\n" + string.Join("\n", watched.Problems));

    // (code, value) of every area the endpoint answers, by code.
    private async Task<IReadOnlyList<(string Code, decimal? Value)>> EndpointFiguresAsync(string path)
    {
        using var document = JsonDocument.Parse(await fixture.Http.GetStringAsync(new Uri(path, UriKind.Relative)));
        return [.. document.RootElement.GetProperty("features").EnumerateArray()
            .Select(feature => feature.GetProperty("properties"))
            .Select(properties => (properties.GetProperty("code").GetString()!, properties.GetProperty("value").ValueKind == JsonValueKind.Number ? properties.GetProperty("value").GetDecimal() : (decimal?)null))
            .OrderBy(area => area.Item1, StringComparer.Ordinal)];
    }

    /// <summary>The credit line the map endpoint states for the source in the given role.</summary>
    private async Task<string> EndpointAttributionAsync(string path, string role)
    {
        using var document = JsonDocument.Parse(await fixture.Http.GetStringAsync(new Uri(path, UriKind.Relative)));
        var attribution = document.RootElement.GetProperty("properties").GetProperty("sources").EnumerateArray()
            .Single(source => source.GetProperty("role").GetString() == role).GetProperty("attribution").GetString();
        Assert.False(string.IsNullOrEmpty(attribution), $"the {role} source has no attribution");
        return attribution;
    }

    private static async Task<IReadOnlyList<(string Code, decimal? Value)>> AreasAsync(ILocator map) =>
        Figures(await map.Locator("svg .area").EvaluateAllAsync<string[][]>("areas => areas.map(area => [area.dataset.code, area.dataset.value])"));

    private static async Task<IReadOnlyList<(string Code, decimal? Value)>> TableAsync(ILocator map) =>
        Figures(await map.Locator("table tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(row => [row.cells[1].textContent, row.cells[2].dataset.value])"));

    private static List<(string Code, decimal? Value)> Figures(string[][] rows) =>
        [.. rows.Select(row => (row[0], row[1] is { Length: > 0 } value ? decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture) : (decimal?)null))
            .OrderBy(area => area.Item1, StringComparer.Ordinal)];
}
