using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OpenIntegrationData.Api.Tests.Browser;

/// <summary>
/// A widget speaks the language of the page it stands on: titles, axis and table texts, nationality names, the
/// source and the licence in German on a German page and in English on an English one; text the API has only in
/// the other language is marked with its <c>lang</c>. The iframe page follows its <c>lang</c> parameter, else the
/// reader's browser language; the README's iframes are large enough to show the whole chart.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class WidgetLanguageTests(BrowserFixture fixture)
{
    private const string Widgets = """
        <oid-population-chart area="05111000" district="Stadtbezirk 3" top="6"></oid-population-chart>
        <oid-indicator-chart indicator="inkar:a_GSa" area="05111000"></oid-indicator-chart>
        """;

    [Fact]
    public async Task Widgets_OnAGermanPage_SpeakGerman()
    {
        var url = fixture.Site.PublishWidgetPage("page-de.html", fixture.Api, Widgets, lang: "de");
        await using var watched = await fixture.OpenPageAsync();
        var (population, indicator) = await OpenBothAsync(watched, url);

        await Assertions.Expect(population.Locator("h2")).ToHaveTextAsync(new Regex("^Einwohner nach Staatsangehörigkeit, Düsseldorf"));
        await Assertions.Expect(population.Locator("svg .mark").First).ToHaveAttributeAsync("data-label", await NationalityNameAsync("de"));
        await Assertions.Expect(population.Locator("footer")).ToContainTextAsync("Quelle: Illustrative Werte des Projekts OpenIntegrationData · Lizenz: nicht angegeben");
        await Assertions.Expect(indicator.Locator("h2")).ToHaveTextAsync("Empfänger von Grundsicherung im Alter (Altersarmut), Düsseldorf");
        await Assertions.Expect(indicator.Locator("h2 [lang]")).ToHaveCountAsync(0);
        await Assertions.Expect(indicator.Locator("table thead")).ToContainTextAsync("Jahr");
        await Assertions.Expect(indicator.Locator("footer")).ToContainTextAsync("Lizenz: Datenlizenz Deutschland – Namensnennung – Version 2.0");
        await Assertions.Expect(indicator.Locator("footer .source .attribution")).ToHaveTextAsync($" · Namensnennung: {await IndicatorAttributionAsync()}");
        await Assertions.Expect(population.Locator("footer .attribution")).ToHaveCountAsync(0);
        await population.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("widget-language-de") });
        AssertNoProblems(watched);
    }

    [Fact]
    public async Task Widgets_OnAnEnglishPage_SpeakEnglishWithTheProjectsTranslatedTitles()
    {
        var url = fixture.Site.PublishWidgetPage("page-en.html", fixture.Api, Widgets, lang: "en-GB");
        await using var watched = await fixture.OpenPageAsync();
        var (population, indicator) = await OpenBothAsync(watched, url);

        await Assertions.Expect(population.Locator("h2")).ToHaveTextAsync(new Regex("^Residents by nationality, Düsseldorf"));
        await Assertions.Expect(population.Locator("svg .mark").First).ToHaveAttributeAsync("data-label", await NationalityNameAsync("en"));
        await Assertions.Expect(population.Locator("footer")).ToContainTextAsync("Source: Illustrative figures of the OpenIntegrationData project · Licence: not stated");
        // The municipal indicators' English titles are the project's translation (englishByProject): no German left in the title.
        await Assertions.Expect(indicator.Locator("h2")).ToHaveTextAsync("Recipients of basic income support in old age (old-age poverty), Düsseldorf");
        await Assertions.Expect(indicator.Locator("h2 [lang]")).ToHaveCountAsync(0);
        await Assertions.Expect(indicator.Locator("table thead")).ToContainTextAsync("Year");
        await Assertions.Expect(indicator.Locator("footer")).ToContainTextAsync("Licence: Data Licence Germany – Attribution – Version 2.0");
        await Assertions.Expect(indicator.Locator("footer .source .attribution")).ToHaveTextAsync($" · Attribution: {await IndicatorAttributionAsync()}");
        await population.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("widget-language-en") });
        AssertNoProblems(watched);
    }

    [Fact]
    public async Task Widget_OwnLangAttribute_WinsOverThePage()
    {
        var url = fixture.Site.PublishWidgetPage("page-de-widget-en.html", fixture.Api,
            """<oid-population-chart area="05111000" district="Stadtbezirk 3" top="3" lang="en"></oid-population-chart>""", lang: "de");
        await using var watched = await fixture.OpenPageAsync();
        await watched.Page.GotoAsync(url.ToString());

        var widget = watched.Page.Locator("oid-population-chart");
        await Assertions.Expect(widget).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        await Assertions.Expect(widget.Locator("h2")).ToHaveTextAsync(new Regex("^Residents by nationality"));
    }

    [Theory]
    [InlineData("de-DE,de;q=0.9,en;q=0.8", "", "Einwohner nach Staatsangehörigkeit")]
    [InlineData("en-US,en;q=0.9", "", "Residents by nationality")]
    [InlineData("de-DE,de;q=0.9", "&lang=en", "Residents by nationality")]
    public async Task EmbedPage_WithoutLang_FollowsTheReadersBrowserLanguage(string acceptLanguage, string parameter, string title)
    {
        var embed = new Uri(fixture.Api, $"widgets/embed?widget=population-chart&area=05111000&district=Stadtbezirk%203&top=3{parameter}");
        var url = fixture.Site.Publish($"iframe-{acceptLanguage[..2]}{parameter.Length}.html",
            $"""<!doctype html><html lang="en"><body><iframe title="chart" width="680" height="420" src="{embed}"></iframe></body></html>""");
        await using var watched = await fixture.OpenPageAsync();
        await watched.Page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Language"] = acceptLanguage });
        await watched.Page.GotoAsync(url.ToString());

        var widget = watched.Page.FrameLocator("iframe").Locator("oid-population-chart");
        await Assertions.Expect(widget).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        await Assertions.Expect(widget.Locator("h2")).ToHaveTextAsync(new Regex("^" + title));
    }

    public static TheoryData<string, string> ReadmeIframes()
    {
        var data = new TheoryData<string, string>();
        foreach (var readme in new[] { "README.md", Path.Combine("widgets", "README.md") })
        {
            foreach (Match iframe in Iframe().Matches(File.ReadAllText(Path.Combine(BrowserFixture.RepositoryRoot(), readme))))
            {
                data.Add(readme, iframe.Value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReadmeIframes))]
    public async Task ReadmeIframe_AsWritten_ShowsTheWholeChart(string readme, string iframe)
    {
        var width = int.Parse(WidthAttribute().Match(iframe).Groups["v"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(HeightAttribute().Match(iframe).Groups["v"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var src = SrcAttribute().Match(iframe).Groups["v"].Value;
        var local = new Uri(fixture.Api, src[src.IndexOf("/widgets/", StringComparison.Ordinal)..].Replace("&amp;", "&", StringComparison.Ordinal));
        var url = fixture.Site.Publish($"readme-iframe-{readme.Length}.html",
            $"""<!doctype html><html lang="de"><body>{iframe.Replace(src, local.ToString(), StringComparison.Ordinal)}</body></html>""");
        await using var watched = await fixture.OpenPageAsync();
        await watched.Page.GotoAsync(url.ToString());

        var frame = watched.Page.FrameLocator("iframe");
        await Assertions.Expect(frame.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        var size = await frame.Locator("html").EvaluateAsync<int[]>("html => [html.scrollWidth, html.scrollHeight]");
        Assert.True(size[0] <= width && size[1] <= height, $"{readme}: the chart needs {size[0]}×{size[1]}, the iframe gives {width}×{height}");
        await watched.Page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath($"readme-iframe-{Path.GetDirectoryName(readme) switch { "" => "root", var d => d }}") });
    }

    private static async Task<(ILocator Population, ILocator Indicator)> OpenBothAsync(WatchedPage watched, Uri url)
    {
        await watched.Page.GotoAsync(url.ToString());
        var population = watched.Page.Locator("oid-population-chart");
        var indicator = watched.Page.Locator("oid-indicator-chart");
        await Assertions.Expect(population).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        await Assertions.Expect(indicator).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        return (population, indicator);
    }

    /// <summary>The name, in one language, of the largest nationality of the population chart's selection.</summary>
    private async Task<string> NationalityNameAsync(string lang)
    {
        var data = await fixture.QueryAsync(
            """
            query($where: PopulationObservationFilterInput!) {
              populationObservations(first: 1, where: $where, order: [{ year: DESC }, { persons: DESC }]) { nodes { nationality { name { de en } } } }
            }
            """,
            new
            {
                where = new
                {
                    municipality = new { key = new { eq = "05111000" } },
                    district = new { name = new { eq = "Stadtbezirk 3" } },
                    areaLevel = new { eq = "DISTRICT" },
                    nationality = new { alpha2 = new { neq = (string?)null } },
                    migrationCategory = new { eq = "ALL" },
                    sex = new { eq = (string?)null },
                    ageGroup = new { eq = (string?)null },
                },
            });
        return data.GetProperty("populationObservations").GetProperty("nodes")[0].GetProperty("nationality").GetProperty("name").GetProperty(lang).GetString()!;
    }

    /// <summary>The credit line the API serves for the source of the indicator chart's figures.</summary>
    private async Task<string> IndicatorAttributionAsync()
    {
        var data = await fixture.QueryAsync(
            """
            query {
              indicatorObservations(first: 1, where: { indicator: { code: { eq: "inkar:a_GSa" } }, municipality: { key: { eq: "05111000" } } }) {
                nodes { source { attribution } }
              }
            }
            """);
        var attribution = data.GetProperty("indicatorObservations").GetProperty("nodes")[0].GetProperty("source").GetProperty("attribution").GetString();
        Assert.False(string.IsNullOrEmpty(attribution), "the indicator's source has no attribution");
        return attribution;
    }

    private static void AssertNoProblems(WatchedPage watched) =>
        Assert.True(watched.Problems.Count == 0, "the page had problems:\n" + string.Join("\n", watched.Problems));

    [GeneratedRegex(@"<iframe\b.*?</iframe>", RegexOptions.Singleline)]
    private static partial Regex Iframe();

    [GeneratedRegex(@"width=""(?<v>\d+)""")]
    private static partial Regex WidthAttribute();

    [GeneratedRegex(@"height=""(?<v>\d+)""")]
    private static partial Regex HeightAttribute();

    [GeneratedRegex(@"src=""(?<v>[^""]+)""")]
    private static partial Regex SrcAttribute();
}
