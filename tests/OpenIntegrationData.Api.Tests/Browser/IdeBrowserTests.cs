using Microsoft.Playwright;

namespace OpenIntegrationData.Api.Tests.Browser;

/// <summary>A data journalist opens <c>/graphql</c> in Chromium: Banana Cake Pop loads, fetches the schema and runs a query.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IdeBrowserTests(BrowserFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task OpenGraphQL_InBrowser_LoadsIdeIntrospectsAndRunsADistrictQuery()
    {
        await using var watched = await fixture.OpenPageAsync();
        var page = watched.Page;
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);

        await page.GotoAsync(new Uri(fixture.Api, "graphql").ToString());

        Assert.Equal(new Uri(fixture.Api, "graphql/").ToString(), page.Url);
        // Nothing to click: the page opens the starter document by itself (Ide/open-document.js).
        var run = page.GetByRole(AriaRole.Button, new() { Name = "Run Operation" });
        // Run is enabled once the schema has arrived.
        await Assertions.Expect(run).ToBeEnabledAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        var editor = page.Locator(".monaco-editor").First;
        await Assertions.Expect(editor).ToContainTextAsync("Welcome to OpenIntegrationData");
        Assert.EndsWith("OpenIntegrationData", await page.TitleAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("ide-starter-document") });

        // The starter document's first example question runs as loaded.
        await run.ClickAsync();
        await Assertions.Expect(page.Locator(".monaco-editor").Filter(new() { HasText = "\"data\"" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".monaco-editor").Filter(new() { HasText = "\"errors\"" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("ide-starter-document-run") });
        Assert.Contains(watched.Requests, request =>
            request.Method == "POST" && request.Url.StartsWith(new Uri(fixture.Api, "graphql").ToString(), StringComparison.Ordinal)
            && (request.PostData ?? "").Contains("__schema", StringComparison.Ordinal));

        // The first line is a comment: clicking there cannot hit a "Run" link above an operation.
        await editor.Locator(".view-line").First.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(DistrictQuery);
        // The IDE re-reads the document's operations after a short pause in typing; Run takes the operation it last read.
        await page.WaitForTimeoutAsync(1500);
        await run.ClickAsync();

        var expected = await ExpectedDistrictNamesAsync();
        // The names appear only in the response editor (the request asks for them, it does not name them).
        foreach (var name in expected)
        {
            await Assertions.Expect(page.Locator(".monaco-editor").Filter(new() { HasText = $"\"{name}\"" })).ToHaveCountAsync(1);
        }

        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("ide-districts") });
        Assert.True(watched.Problems.Count == 0, "the IDE had problems:\n" + string.Join("\n", watched.Problems));
    }

    private const string DistrictQuery = "query DistrictsInTheIde { districts(first: 3, order: [{ name: ASC }]) { nodes { name } } }";

    private async Task<IReadOnlyList<string>> ExpectedDistrictNamesAsync()
    {
        var data = await fixture.QueryAsync(DistrictQuery);
        var names = data.GetProperty("districts").GetProperty("nodes").EnumerateArray()
            .Select(node => node.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(3, names.Length);
        return names;
    }
}
