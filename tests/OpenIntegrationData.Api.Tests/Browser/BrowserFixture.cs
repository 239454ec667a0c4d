using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Playwright;
using OpenIntegrationData.Api.Tests.Hosting;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Api.Tests.Browser;

/// <summary>
/// The real API (<c>dotnet OpenIntegrationData.Api.dll</c>) on a free 127.0.0.1 port over a fresh database that it
/// migrates and seeds itself, an embedding site on another port, and Debian's Chromium driven by Playwright
/// (launched on the first page, so the HTTP-only tests of the collection do not need it).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's package; Playwright is never allowed to download a browser of its own.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);

    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        // Headless Chromium renders its address bar's popup (a web page of its own) for every new tab, taking CPU
        // from the page under test; a user's browser builds it when the address bar is used.
        "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup",
    ];

    private readonly PostgresFixture _postgres = new();
    private TestDatabase? _database;
    private ApiProcess? _api;
    private IPlaywright? _playwright;
    private readonly SemaphoreSlim _launch = new(1, 1);
    private IBrowser? _browser;

    /// <summary><c>http://127.0.0.1:port/</c> of the API.</summary>
    public Uri Api { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    internal EmbeddingSite Site { get; private set; } = null!;

    /// <summary>Where screenshots go: <c>TestResults/screenshots</c> at the repository root (git-ignored).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        _database = await _postgres.CreateSeededDatabaseAsync();
        var port = FreePort();
        Api = new Uri($"http://127.0.0.1:{port}/");
        _api = ApiProcess.Start(
            ["--urls", Api.ToString().TrimEnd('/')],
            new Dictionary<string, string> { ["ConnectionStrings__Postgres"] = _database.ConnectionString });
        // Redirects stay visible to the tests (the IDE answers /graphql with a 301).
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Api, Timeout = TimeSpan.FromSeconds(30) };
        await WaitForHealthAsync();

        Site = await EmbeddingSite.StartAsync();
    }

    /// <summary>
    /// A page in a fresh browser context (a desktop window unless a phone's width is given), recording console
    /// errors and failed or 4xx/5xx requests. Service workers run, as in a user's browser.
    /// </summary>
    internal async Task<WatchedPage> OpenPageAsync(int width = 1280, int height = 900)
    {
        var browser = await BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ServiceWorkers = ServiceWorkerPolicy.Allow,
        });
        return new WatchedPage(context, await context.NewPageAsync());
    }

    private async Task<IBrowser> BrowserAsync()
    {
        await _launch.WaitAsync();
        try
        {
            if (_browser is not null)
            {
                return _browser;
            }

            if (!File.Exists(ChromiumPath))
            {
                throw new InvalidOperationException(
                    $"The browser tests need Debian's Chromium at {ChromiumPath}. Install it with `apt-get update && apt-get install -y chromium` (scripts/test.sh does).");
            }

            Directory.CreateDirectory(ScreenshotFolder);
            _playwright = await Playwright.CreateAsync();
            // A launch (rather than a persistent context) runs on a fresh, throwaway user-data folder.
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArguments,
            });
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    /// <summary>Runs a query against the API directly (not through the browser) and returns <c>data</c>.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync(new Uri("graphql", UriKind.Relative), new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("errors", out var errors), $"the API refused the test's own query: {errors}");
        return body.GetProperty("data");
    }

    public static string ScreenshotPath(string name) => Path.Combine(ScreenshotFolder, name + ".png");

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _launch.Dispose();
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        Http?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private async Task WaitForHealthAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartLimit)
        {
            try
            {
                using var response = await Http.GetAsync(new Uri("health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"The API did not become healthy within {StartLimit.TotalSeconds} s.\n{_api!.Output}\n{_api.Errors}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The folder holding the solution, found from this source file's compile-time path (tests run from a checkout).
    internal static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        for (var folder = Path.GetDirectoryName(sourceFile); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, "OpenIntegrationData.sln")))
            {
                return folder;
            }
        }

        return AppContext.BaseDirectory;
    }
}
