using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace OpenIntegrationData.Api.Tests.Browser;

/// <summary>
/// Another city's site (a different origin) embeds each widget with one script tag; the charts hold exactly
/// the figures the API returns, and a mistake in an attribute gives a readable message, not a broken page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetBrowserTests(BrowserFixture fixture)
{
    private const string Dusseldorf = "05111000";
    private const string District = "Stadtbezirk 3";
    private const string Indicator = "inkar:a_GSa";

    [Fact]
    public async Task IndicatorChart_OnAnotherOrigin_DrawsTheApiValuesInSvgAndTable()
    {
        var url = fixture.Site.PublishWidgetPage("indicator.html", fixture.Api,
            $"""<oid-indicator-chart indicator="{Indicator}" area="{Dusseldorf}" district="{District}"></oid-indicator-chart>""");
        await using var watched = await fixture.OpenPageAsync();
        var widget = await OpenReadyWidgetAsync(watched, url, "oid-indicator-chart");

        var expected = await ApiIndicatorSeriesAsync();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await MarksAsync(widget));
        Assert.Equal(expected, await TableRowsAsync(widget));
        await Assertions.Expect(widget.Locator("svg .axis-label").Last).ToContainTextAsync("%");
        await Assertions.Expect(widget.Locator("footer")).ToContainTextAsync("Illustrative figures");
        await Assertions.Expect(widget.Locator("footer")).ToContainTextAsync("Licence");

        // Keyboard: the first Tab lands on the first column, which announces and shows its value.
        await watched.Page.Keyboard.PressAsync("Tab");
        var first = widget.Locator("svg .mark").First;
        await Assertions.Expect(first).ToBeFocusedAsync();
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex($"^{expected[0].Label}: .+ %$"));
        await Assertions.Expect(widget.Locator(".focus-value")).ToHaveTextAsync((await first.GetAttributeAsync("aria-label"))!);
        await widget.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("widget-indicator-chart") });
        AssertNoProblems(watched);
    }

    [Fact]
    public async Task PopulationChart_InGerman_DrawsTheLargestNationalitiesOfTheLatestYear()
    {
        var url = fixture.Site.PublishWidgetPage("population.html", fixture.Api,
            $"""<oid-population-chart area="{Dusseldorf}" district="{District}" top="10"></oid-population-chart>""", lang: "de");
        await using var watched = await fixture.OpenPageAsync();
        var widget = await OpenReadyWidgetAsync(watched, url, "oid-population-chart");

        var (year, expected) = await ApiLargestNationalitiesAsync(10);
        Assert.Equal(10, expected.Count);
        Assert.Equal(expected, await MarksAsync(widget));
        Assert.Equal(expected, await TableRowsAsync(widget));
        await Assertions.Expect(widget.Locator("h2")).ToHaveTextAsync($"Einwohner nach Staatsangehörigkeit, Düsseldorf, {District}, {year}");
        await Assertions.Expect(widget.Locator("footer")).ToContainTextAsync("Quelle");
        await widget.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("widget-population-chart") });
        AssertNoProblems(watched);
    }

    [Fact]
    public async Task ProgrammeList_ForADistrictAndGoal_ListsTheApisProgrammes()
    {
        var url = fixture.Site.PublishWidgetPage("programmes.html", fixture.Api,
            $"""<oid-programme-list area="{Dusseldorf}" district="{District}" sdg="10"></oid-programme-list>""");
        await using var watched = await fixture.OpenPageAsync();
        var widget = await OpenReadyWidgetAsync(watched, url, "oid-programme-list");

        var data = await fixture.QueryAsync(
            """
            query($where: ProgrammeFilterInput!) { programmes(first: 25, where: $where) { nodes { key name { en } } } }
            """,
            new { where = new { municipality = new { key = new { eq = Dusseldorf } }, districts = new { some = new { name = new { eq = District } } }, sdgGoals = new { some = new { number = new { eq = 10 } } } } });
        var expected = data.GetProperty("programmes").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.NotEmpty(expected);

        var keys = await widget.Locator("li").EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.key)");
        Assert.Equal(expected.Select(node => node.GetProperty("key").GetString()), keys);
        await Assertions.Expect(widget.Locator("li").First).ToContainTextAsync(expected[0].GetProperty("name").GetProperty("en").GetString()!);
        await Assertions.Expect(widget.Locator("li").First.Locator(".sdg[data-sdg='10']")).ToHaveCountAsync(1);
        await widget.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("widget-programme-list") });
        AssertNoProblems(watched);
    }

    [Fact]
    public async Task IndicatorChart_UnknownIndicator_ShowsAReadableMessageAndTheRestOfThePageWorks()
    {
        var url = fixture.Site.PublishWidgetPage("mistakes.html", fixture.Api,
            $"""
            <oid-indicator-chart id="unknown" indicator="no-such-indicator" area="{Dusseldorf}"></oid-indicator-chart>
            <oid-population-chart id="bad-area" area="Düsseldorf"></oid-population-chart>
            <oid-indicator-chart id="good" indicator="{Indicator}" area="{Dusseldorf}"></oid-indicator-chart>
            """);
        await using var watched = await fixture.OpenPageAsync();
        await watched.Page.GotoAsync(url.ToString());

        var unknown = watched.Page.Locator("#unknown");
        await Assertions.Expect(unknown).ToHaveAttributeAsync("data-state", "error");
        await Assertions.Expect(unknown.GetByRole(AriaRole.Alert)).ToContainTextAsync("There is no indicator with the code \"no-such-indicator\"");
        var badArea = watched.Page.Locator("#bad-area");
        await Assertions.Expect(badArea).ToHaveAttributeAsync("data-state", "error");
        await Assertions.Expect(badArea.GetByRole(AriaRole.Alert)).ToContainTextAsync("The attribute \"area\" has the value \"Düsseldorf\"");
        await Assertions.Expect(watched.Page.Locator("#good")).ToHaveAttributeAsync("data-state", "ready");
        await watched.Page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("widget-mistakes"), FullPage = true });
        AssertNoProblems(watched);
    }

    [Fact]
    public async Task IndicatorChart_ApiUnreachable_SaysTheDataCouldNotBeLoaded()
    {
        // Port 9 (discard) on the loopback: nothing listens, the connection is refused at once.
        var url = fixture.Site.PublishWidgetPage("unreachable.html", fixture.Api,
            $"""<oid-indicator-chart api="http://127.0.0.1:9" indicator="{Indicator}" area="{Dusseldorf}" lang="de"></oid-indicator-chart>""");
        await using var watched = await fixture.OpenPageAsync();
        await watched.Page.GotoAsync(url.ToString());

        var widget = watched.Page.Locator("oid-indicator-chart");
        await Assertions.Expect(widget).ToHaveAttributeAsync("data-state", "error");
        await Assertions.Expect(widget.GetByRole(AriaRole.Alert)).ToContainTextAsync("Die Daten konnten nicht von http://127.0.0.1:9/graphql geladen werden.");
    }

    [Fact]
    public async Task EmbedPage_InAnIframeOnAnotherOrigin_DrawsTheChart()
    {
        var embed = new Uri(fixture.Api, $"widgets/embed?widget=population-chart&area={Dusseldorf}&district={Uri.EscapeDataString(District)}&top=5&lang=de");
        var url = fixture.Site.Publish("iframe.html",
            $"""<!doctype html><html lang="en"><body><iframe title="chart" width="700" height="560" src="{embed}"></iframe></body></html>""");
        await using var watched = await fixture.OpenPageAsync();
        await watched.Page.GotoAsync(url.ToString());

        var widget = watched.Page.FrameLocator("iframe").Locator("oid-population-chart");
        await Assertions.Expect(widget).ToHaveAttributeAsync("data-state", "ready");
        var (_, expected) = await ApiLargestNationalitiesAsync(5);
        Assert.Equal(expected, await MarksAsync(widget));
        await watched.Page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("widget-embed-iframe") });
        AssertNoProblems(watched);
    }

    [Fact]
    public async Task Charts_OnA375PxPhone_KeepTheirTextAt12PxAndFitTheScreen()
    {
        var url = fixture.Site.Publish("phone.html",
            $$"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <script type="module" src="{{new Uri(fixture.Api, "/widgets/oid-widgets.js")}}"></script></head>
            <body style="font-family: sans-serif; margin: 8px">
            <oid-indicator-chart indicator="{{Indicator}}" area="{{Dusseldorf}}" district="{{District}}"></oid-indicator-chart>
            <oid-population-chart area="{{Dusseldorf}}" district="{{District}}" top="10"></oid-population-chart>
            </body></html>
            """);
        await using var watched = await fixture.OpenPageAsync(width: 375, height: 812);
        await watched.Page.GotoAsync(url.ToString());
        foreach (var element in new[] { "oid-indicator-chart", "oid-population-chart" })
        {
            await Assertions.Expect(watched.Page.Locator(element)).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        }

        // The smallest text any chart draws, in CSS pixels as the reader sees it (font size times the SVG's scale).
        var smallest = await watched.Page.EvaluateAsync<double>(
            """
            () => Math.min(...[...document.querySelectorAll('oid-indicator-chart, oid-population-chart')].flatMap((widget) =>
              [...widget.shadowRoot.querySelectorAll('svg text')].map((text) => {
                const svg = text.ownerSVGElement;
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                return parseFloat(getComputedStyle(text).fontSize) * scale;
              })))
            """);
        Assert.InRange(smallest, 11.5, 100);
        Assert.True(await watched.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 375"), "the page scrolls sideways on a phone");
        await watched.Page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("widget-charts-phone-375"), FullPage = true });
        AssertNoProblems(watched);
    }

    [Fact]
    public async Task Chart_WindowNarrowedToAPhone_RedrawsForTheNewWidthWithoutShowingLoading()
    {
        var url = fixture.Site.Publish("resize.html",
            $$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <script type="module" src="{{new Uri(fixture.Api, "/widgets/oid-widgets.js")}}"></script></head>
            <body style="margin: 8px"><oid-population-chart area="{{Dusseldorf}}" district="{{District}}" top="5"></oid-population-chart></body></html>
            """);
        await using var watched = await fixture.OpenPageAsync();
        var widget = await OpenReadyWidgetAsync(watched, url, "oid-population-chart");
        // Every state the widget passes through from here on.
        await widget.EvaluateAsync("widget => { window.states = []; new MutationObserver(() => window.states.push(widget.dataset.state)).observe(widget, { attributes: true, attributeFilter: ['data-state'] }); }");

        await watched.Page.SetViewportSizeAsync(375, 812);

        var svg = widget.Locator("svg").First;
        await Assertions.Expect(svg).ToHaveAttributeAsync("viewBox", new System.Text.RegularExpressions.Regex("^0 0 3[0-9]{2} "));
        Assert.DoesNotContain("loading", await watched.Page.EvaluateAsync<string[]>("() => window.states"));
        AssertNoProblems(watched);
    }

    private static void AssertNoProblems(WatchedPage watched) =>
        Assert.True(watched.Problems.Count == 0, "the page had problems:\n" + string.Join("\n", watched.Problems));

    private static async Task<ILocator> OpenReadyWidgetAsync(WatchedPage watched, Uri url, string element)
    {
        await watched.Page.GotoAsync(url.ToString());
        var widget = watched.Page.Locator(element);
        await Assertions.Expect(widget).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        return widget;
    }

    // (label, value) of each focusable mark of the chart, in drawing order.
    private static async Task<IReadOnlyList<(string Label, decimal Value)>> MarksAsync(ILocator widget)
    {
        var marks = await widget.Locator("svg .mark").EvaluateAllAsync<string[][]>("marks => marks.map(mark => [mark.dataset.label, mark.dataset.value])");
        return [.. marks.Select(mark => (mark[0], decimal.Parse(mark[1], NumberStyles.Float, CultureInfo.InvariantCulture)))];
    }

    // (row heading, value) of each row of the visually hidden table.
    private static async Task<IReadOnlyList<(string Label, decimal Value)>> TableRowsAsync(ILocator widget)
    {
        var rows = await widget.Locator("table tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(row => [row.querySelector('th').textContent, row.querySelector('td').dataset.value])");
        return [.. rows.Select(row => (row[0], decimal.Parse(row[1], NumberStyles.Float, CultureInfo.InvariantCulture)))];
    }

    private async Task<IReadOnlyList<(string Label, decimal Value)>> ApiIndicatorSeriesAsync()
    {
        var data = await fixture.QueryAsync(
            """
            query($where: IndicatorObservationFilterInput!) {
              indicatorObservations(first: 40, where: $where, order: [{ year: ASC }]) { nodes { year value } }
            }
            """,
            new
            {
                where = new
                {
                    indicator = new { code = new { eq = Indicator } },
                    municipality = new { key = new { eq = Dusseldorf } },
                    district = new { name = new { eq = District } },
                    areaLevel = new { eq = "DISTRICT" },
                    disaggregation = new { eq = (string?)null },
                },
            });
        return [.. Nodes(data, "indicatorObservations").Select(node => (node.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture), node.GetProperty("value").GetDecimal()))];
    }

    private async Task<(int Year, IReadOnlyList<(string Label, decimal Value)> Rows)> ApiLargestNationalitiesAsync(int top)
    {
        var latest = await fixture.QueryAsync(
            """
            query($where: PopulationObservationFilterInput!) { populationObservations(first: 1, where: $where, order: [{ year: DESC }]) { nodes { year } } }
            """,
            new { where = PopulationFilter(year: null) });
        var year = Nodes(latest, "populationObservations").Single().GetProperty("year").GetInt32();
        var data = await fixture.QueryAsync(
            """
            query($where: PopulationObservationFilterInput!, $top: Int!) {
              populationObservations(first: $top, where: $where, order: [{ persons: DESC }]) { nodes { persons nationality { name { de } } } }
            }
            """,
            new { where = PopulationFilter(year), top });
        return (year, [.. Nodes(data, "populationObservations").Select(node =>
            (node.GetProperty("nationality").GetProperty("name").GetProperty("de").GetString()!, (decimal)node.GetProperty("persons").GetInt32()))]);
    }

    private static Dictionary<string, object?> PopulationFilter(int? year)
    {
        var filter = new Dictionary<string, object?>
        {
            ["areaLevel"] = new { eq = "DISTRICT" },
            ["municipality"] = new { key = new { eq = Dusseldorf } },
            ["district"] = new { name = new { eq = District } },
            ["nationality"] = new { alpha2 = new { neq = (string?)null } },
            ["migrationCategory"] = new { eq = "ALL" },
            ["sex"] = new { eq = (string?)null },
            ["ageGroup"] = new { eq = (string?)null },
        };
        if (year is { } value)
        {
            filter["year"] = new { eq = value };
        }

        return filter;
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement data, string field) =>
        data.GetProperty(field).GetProperty("nodes").EnumerateArray();
}
