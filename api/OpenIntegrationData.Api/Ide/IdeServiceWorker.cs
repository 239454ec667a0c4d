using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OpenIntegrationData.Api.Ide;

/// <summary>
/// The service worker answered at <c>service-worker.js</c> instead of the package's (docs/conventions.md#ide).
/// The package's worker precached all of the app and then claimed the page, which makes the app reload itself under
/// the user's hands. Ours (<c>Ide/service-worker.js</c>, built into the program) keeps the app's hashed files in one
/// cache named after this release, so that Chromium keeps their compiled code beside them and a repeat visit neither
/// downloads nor compiles the app again; it never claims an open page. The server puts the release's cache name and
/// file list (from the package's <c>asset-manifest.json</c>) in front of the script.
/// </summary>
internal sealed class IdeServiceWorker
{
    public const string FileName = "service-worker.js";

    private const string ResourceName = "OpenIntegrationData.Api.Ide.service-worker.js";

    // Only the hashed files: their names change with their content, so a cached copy is never stale.
    private const string HashedFolder = "static/";

    public IdeServiceWorker(IdeAssetManifest manifest)
    {
        var hashedFiles = HashedFiles(manifest);
        var release = new Release(CacheName(hashedFiles), hashedFiles);
        var script = new StringBuilder()
            .Append("const release = ").Append(JsonSerializer.Serialize(release, JsonSerializerOptions.Web)).Append(";\n")
            .Append(IdeResources.Text(ResourceName))
            .ToString();
        Script = IdeBody.Of(Encoding.UTF8.GetBytes(script));
    }

    /// <summary>The UTF-8 script.</summary>
    public IdeBody Script { get; }

    /// <summary>The files under <c>static/</c> that the package's asset manifest lists (none when the IDE is not installed).</summary>
    private static string[] HashedFiles(IdeAssetManifest manifest) =>
        [.. manifest.Files.Values
            .Where(path => path.StartsWith(HashedFolder, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>A new name whenever the set of files changes (a new IDE release), so the worker of the next release
    /// fills a fresh cache and deletes this one.</summary>
    private static string CacheName(IReadOnlyList<string> files) =>
        "ide-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', files))))[..16];

    private sealed record Release(string Cache, IReadOnlyList<string> Files);
}
