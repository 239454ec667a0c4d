using System.Text;

namespace OpenIntegrationData.Api.Ide;

/// <summary>
/// The IDE's page: the package's <c>index.html</c> with, at the end of its head,
/// <list type="bullet">
/// <item>the app's start chunks as deferred scripts before <c>main.js</c>: the app asks for them only once <c>main.js</c>
/// has run (a second download and compile in series); listed in the page, the browser fetches and compiles them off the
/// main thread while it compiles the vendor chunk, and webpack finds them installed when the app asks;</item>
/// <item>a preload of the config document (<see cref="IdeConfig"/>), which the app renders nothing without;</item>
/// <item>our <c>Ide/open-document.js</c>, which opens the starter document when the app shows its start screen (a first
/// visit), as the start screen's "Create Document" button does: the app starts its workers and fetches the schema
/// only once a document is open;</item>
/// <item>our <c>Ide/page-settled.js</c>, which tells our service worker when the page has started, so the worker stores
/// and compiles the app after the first visit's start rather than during it (<see cref="IdeServiceWorker"/>).</item>
/// </list>
/// Built once; null when the IDE's files are not installed.
/// </summary>
internal sealed class IdeIndexPage
{
    public const string FileName = "index.html";

    /// <summary>
    /// The chunks Banana Cake Pop 18 loads on the main thread before it is usable (webpack's chunk ids, found with
    /// <c>benchmarks/ide/trace.mjs</c>: 725 and 943 right after <c>main.js</c>, 81 and 90 once the config has arrived).
    /// A new release of the package renumbers them: IdeServingTests fails until this list names chunks that exist.
    /// </summary>
    public static readonly string[] StartChunks = ["725", "943", "81", "90"];

    /// <summary>Our scripts put into the page (built into the program, see the project file).</summary>
    private static readonly string[] PageScripts =
    [
        "OpenIntegrationData.Api.Ide.open-document.js",
        "OpenIntegrationData.Api.Ide.page-settled.js",
    ];

    private const string MainScript = "main.js";

    public IdeIndexPage(IdeFiles files, IdeAssetManifest manifest)
    {
        var index = files.Find(FileName);
        if (index is null)
        {
            return;
        }

        string html;
        using (var reader = new StreamReader(index.CreateReadStream(), Encoding.UTF8))
        {
            html = reader.ReadToEnd();
        }

        html = html.Insert(PositionOfMainScript(html, manifest), StartChunkScripts(manifest));
        var endOfHead = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (endOfHead < 0)
        {
            throw new InvalidOperationException($"The IDE's {FileName} has no </head>; the package changed its page.");
        }

        var page = html.Insert(endOfHead,
            $"<link rel=\"preload\" href=\"{IdeRequest.ConfigFileNames[0]}\" as=\"fetch\" crossorigin=\"anonymous\">"
            + string.Concat(PageScripts.Select(script => "<script>" + IdeResources.Text(script) + "</script>")));
        Body = IdeBody.Of(Encoding.UTF8.GetBytes(page));
    }

    /// <summary>The UTF-8 page, or null without the IDE's files.</summary>
    public IdeBody? Body { get; }

    /// <summary>Where the script tag of <c>main.js</c> starts (webpack's runtime is in it; the chunks must be there first).</summary>
    private static int PositionOfMainScript(string html, IdeAssetManifest manifest)
    {
        var main = manifest.Files.GetValueOrDefault(MainScript);
        var source = main is null ? -1 : html.IndexOf($"src=\"{main}\"", StringComparison.Ordinal);
        var tag = source < 0 ? -1 : html.LastIndexOf("<script", source, StringComparison.Ordinal);
        return tag >= 0
            ? tag
            : throw new InvalidOperationException($"The IDE's {FileName} does not load {MainScript} ({main}); the package changed its page.");
    }

    private static string StartChunkScripts(IdeAssetManifest manifest) => string.Concat(StartChunks
        .Select(manifest.ChunkPath)
        .OfType<string>()
        .Select(path => $"<script defer=\"defer\" src=\"{path}\"></script>"));
}
