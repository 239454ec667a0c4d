using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OpenIntegrationData.Api.Tests.Browser;

/// <summary>How much the IDE costs to open: bytes over the wire (compressed) and the time until a query can run.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IdeLoadTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task OpenGraphQL_InBrowser_TransfersTheIdeCompressedAndReportsTimeToUsable()
    {
        await using var watched = await fixture.OpenPageAsync();
        var page = watched.Page;
        page.SetDefaultTimeout(60_000);
        long transferred = 0;
        var encodings = new List<string>();
        // Each finished request is measured by a task (never an async void handler: one that fails after the page has
        // closed would take the test host down); the tasks of the requests before "usable" are awaited below.
        var measuring = new List<Task>();
        page.RequestFinished += (_, request) =>
        {
            lock (measuring)
            {
                measuring.Add(MeasureAsync(request));
            }
        };

        async Task MeasureAsync(IRequest request)
        {
            var sizes = await request.SizesAsync();
            Interlocked.Add(ref transferred, Math.Max(0, sizes.ResponseBodySize)); // negative when served from the memory cache
            var response = await request.ResponseAsync();
            if (response is not null && request.Url.Contains("/static/js/", StringComparison.Ordinal))
            {
                var encoding = await response.HeaderValueAsync("content-encoding") ?? "identity";
                lock (encodings)
                {
                    encodings.Add(encoding);
                }
            }
        }

        var clock = Stopwatch.StartNew();
        await page.GotoAsync(new Uri(fixture.Api, "graphql").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).First.ClickAsync();
        // Usable: the schema has arrived, so Run is enabled.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Run Operation" })).ToBeEnabledAsync(new() { Timeout = 60_000 });
        var usable = clock.Elapsed;
        Task[] measured;
        lock (measuring)
        {
            measured = [.. measuring];
        }

        await Task.WhenAll(measured);

        output.WriteLine($"IDE usable after {usable.TotalMilliseconds:0} ms; {Interlocked.Read(ref transferred) / 1024} KiB transferred; scripts sent as {string.Join(", ", encodings.Distinct())}");
        // Uncompressed, the IDE's scripts alone are 11 MB; Brotli copies bring the whole page under 4 MB.
        Assert.InRange(Interlocked.Read(ref transferred), 1, 4_000_000);
        lock (encodings)
        {
            Assert.All(encodings, encoding => Assert.Equal("br", encoding));
        }
    }
}
