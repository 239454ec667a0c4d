using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OpenIntegrationData.Api.Tests.Browser;

/// <summary>
/// What opening the IDE costs a journalist, on a first visit and on a repeat visit in the same browser profile:
/// the time until a query can run, the bytes over the wire, what is fetched again. The browser is left as a
/// user's is (service workers allowed).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IdeLoadTests(BrowserFixture fixture, ITestOutputHelper output)
{
    // Bounds on a quiet machine (a load average of at most one per core, the browser included): two to three times what
    // the IDE needs there (first visit: its scripts run and compile, median 2.3 s; repeat visit: they come compiled from
    // the service worker's cache, 2.1 s; at a load of 5-10 on 2 cores 3.5 s and 3.0 s; benchmarks/README.md). The test
    // machines are shared, though (a load of 25 on 2 cores is common while the other test projects run: then the first
    // visit took 8-14 s, the repeat 5-12 s; at a load of 56 the first took 70 s), so the bounds grow with the load per
    // core. What is broken at any load (a request waiting for a timeout, a page reloading itself, the app downloaded
    // twice) is asserted directly.
    private static readonly TimeSpan FirstVisitQuiet = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan RepeatVisitQuiet = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task OpenGraphQL_FirstAndRepeatVisit_UsableWithoutWaitingOrDownloadingTheIdeTwice()
    {
        var loadBefore = LoadAverage();
        await using var watched = await fixture.OpenPageAsync();
        var first = await VisitAsync(watched.Page);
        // A journalist comes back the next day; by then the IDE's service worker has stored the app (the test waits for
        // that instead of racing it, and says how long it took).
        var clock = Stopwatch.StartNew();
        await watched.Page.EvaluateAsync(ServiceWorkerActivated).WaitAsync(TimeSpan.FromSeconds(120));
        var storedAfter = clock.Elapsed;
        // The same browser profile (context) comes back in a new tab.
        var again = await watched.Page.Context.NewPageAsync();
        await watched.Page.CloseAsync();
        var repeat = await VisitAsync(again);
        var caches = await again.EvaluateAsync<string[]>("async () => await caches.keys()");
        var cachedFiles = await again.EvaluateAsync<int>("async (name) => (await (await caches.open(name)).keys()).length", caches.FirstOrDefault() ?? "none");

        // The busier of the minute before and the minute of the test.
        var loadPerCore = Math.Max(loadBefore, LoadAverage()) / Environment.ProcessorCount;
        var firstBound = Bound(FirstVisitQuiet, loadPerCore);
        var repeatBound = Bound(RepeatVisitQuiet, loadPerCore);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load average {loadPerCore:0.0} per core on {Environment.ProcessorCount} cores: bounds {firstBound.TotalSeconds:0.0} s (first), {repeatBound.TotalSeconds:0.0} s (repeat)"));
        output.WriteLine($"first visit:  {first}");
        output.WriteLine($"service worker active {storedAfter.TotalMilliseconds:0} ms after the first visit was usable; {cachedFiles} files in {string.Join(", ", caches)}");
        output.WriteLine($"repeat visit: {repeat}");

        // Uncompressed, the IDE's scripts alone are 11 MB; Brotli copies bring the whole page under 4 MB.
        Assert.InRange(first.TransferredBytes, 1, 4_000_000);
        Assert.NotEmpty(first.ScriptEncodings);
        Assert.All(first.ScriptEncodings, encoding => Assert.Equal("br", encoding));
        // The service worker stored every hashed file of the app while it installed (one cache, named after the release):
        // the repeat visit takes the app from there, nothing of it over the wire.
        Assert.Single(caches);
        Assert.True(cachedFiles > 20, $"{cachedFiles} files in the service worker's cache");
        Assert.Empty(repeat.StaticFilesFromNetwork);
        Assert.True(repeat.StaticFilesFromServiceWorker > 0, "the repeat visit took no app file from the service worker");
        // Nothing is fetched from anywhere but this API and nothing fails (no CDN, telemetry or font waits for a timeout).
        foreach (var visit in new[] { first, repeat })
        {
            Assert.Empty(visit.Problems);
            Assert.Equal(1, visit.PageLoads);
        }

        Assert.True(first.Usable < firstBound, $"first visit usable after {first.Usable.TotalSeconds:0.0} s (bound {firstBound.TotalSeconds:0.0} s)");
        Assert.True(repeat.Usable < repeatBound, $"repeat visit usable after {repeat.Usable.TotalSeconds:0.0} s (bound {repeatBound.TotalSeconds:0.0} s)");
    }

    /// <summary>The quiet machine's bound, stretched by the load per core beyond one (the browser gets that much less of a core).</summary>
    private static TimeSpan Bound(TimeSpan quiet, double loadPerCore) => quiet * Math.Max(1, loadPerCore);

    /// <summary>The machine's load average over the last minute (Linux).</summary>
    private static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    // Resolves once the page's service worker is active: it installs only after it has stored all of the app.
    private const string ServiceWorkerActivated =
        """
        async () => {
          const worker = (await navigator.serviceWorker.ready).active;
          if (worker.state !== "activated") {
            await new Promise((resolve) => worker.addEventListener("statechange", () => worker.state === "activated" && resolve()));
          }
        }
        """;

    /// <summary>Opens <c>/graphql</c> in <paramref name="page"/> and waits until a query can run (the schema has arrived).</summary>
    private async Task<Visit> VisitAsync(IPage page)
    {
        page.SetDefaultTimeout(60_000);
        var visit = new Visit(fixture.Api);
        // Each finished request is measured by a task (never an async void handler: one that fails after the page has
        // closed would take the test host down); the tasks of the requests before "usable" are awaited below.
        var measuring = new List<Task>();
        page.RequestFinished += (_, request) =>
        {
            lock (measuring)
            {
                measuring.Add(visit.MeasureAsync(request));
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                visit.Problem($"console error: {message.Text}");
            }
        };
        page.RequestFailed += (_, request) => visit.Problem($"request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                visit.Problem($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(fixture.Api.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                visit.Problem($"request outside the API: {request.Method} {request.Url}");
            }
        };
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                visit.CountPageLoad();
            }
        };

        var clock = Stopwatch.StartNew();
        await page.GotoAsync(new Uri(fixture.Api, "graphql").ToString());
        // Usable: a document is open and the schema has arrived, so Run is enabled. Nothing is clicked: a first visit opens
        // the starter document by itself (the page presses the start screen's "Create Document", Ide/open-document.js),
        // a repeat visit reopens the document left open.
        var run = page.GetByRole(AriaRole.Button, new() { Name = "Run Operation" });
        await Assertions.Expect(run).ToBeEnabledAsync(new() { Timeout = 60_000 });
        visit.Usable = clock.Elapsed;
        Task[] measured;
        lock (measuring)
        {
            measured = [.. measuring];
        }

        await Task.WhenAll(measured);
        return visit;
    }

    private sealed class Visit(Uri api)
    {
        private readonly List<string> _problems = [];
        private readonly List<string> _encodings = [];
        private readonly List<string> _fromNetwork = [];
        private long _transferred;
        private int _requests;
        private int _fromServiceWorker;
        private int _pageLoads;

        public TimeSpan Usable { get; set; }

        public int PageLoads => Volatile.Read(ref _pageLoads);

        public long TransferredBytes => Interlocked.Read(ref _transferred);

        public IReadOnlyList<string> ScriptEncodings => Locked(_encodings);

        /// <summary>Files under <c>static/</c> that came over the network (a body, or a 304 revalidation).</summary>
        public IReadOnlyList<string> StaticFilesFromNetwork => Locked(_fromNetwork);

        /// <summary>Files under <c>static/</c> the page's service worker answered from its cache.</summary>
        public int StaticFilesFromServiceWorker => Volatile.Read(ref _fromServiceWorker);

        public IReadOnlyList<string> Problems => Locked(_problems);

        public void CountPageLoad() => Interlocked.Increment(ref _pageLoads);

        public void Problem(string problem)
        {
            lock (_problems)
            {
                _problems.Add(problem);
            }
        }

        public async Task MeasureAsync(IRequest request)
        {
            Interlocked.Increment(ref _requests);
            var response = await request.ResponseAsync();
            var appFile = request.Url.StartsWith(new Uri(api, "graphql/static/").ToString(), StringComparison.Ordinal);
            if (response is { FromServiceWorker: true })
            {
                // Answered inside the browser from the service worker's cache: nothing crossed the wire.
                if (appFile)
                {
                    Interlocked.Increment(ref _fromServiceWorker);
                }

                return;
            }

            var sizes = await request.SizesAsync();
            var body = Math.Max(0, sizes.ResponseBodySize); // 0 or negative when served from the browser's cache
            Interlocked.Add(ref _transferred, body);
            if (response is null || !appFile)
            {
                return;
            }

            if (body > 0 || response.Status == 304)
            {
                lock (_fromNetwork)
                {
                    _fromNetwork.Add(request.Url);
                }
            }

            if (request.Url.EndsWith(".js", StringComparison.Ordinal) && body > 0)
            {
                var encoding = await response.HeaderValueAsync("content-encoding") ?? "identity";
                lock (_encodings)
                {
                    _encodings.Add(encoding);
                }
            }
        }

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"usable after {Usable.TotalMilliseconds:0} ms; {TransferredBytes / 1024} KiB over {Volatile.Read(ref _requests)} requests, "
            + $"{StaticFilesFromNetwork.Count} app files from the network and {StaticFilesFromServiceWorker} from the service worker, scripts as {string.Join(", ", ScriptEncodings.Distinct())}; "
            + $"{PageLoads} page load(s)");

        private static IReadOnlyList<string> Locked(List<string> list)
        {
            lock (list)
            {
                return [.. list];
            }
        }
    }
}
