using System.Text.Json;

namespace OpenIntegrationData.Api.Ide;

/// <summary>
/// The package's <c>asset-manifest.json</c>: every file of the app by its build name (<c>main.js</c>,
/// <c>static/js/725.3d0ed297.chunk.js</c>, …) with its path below the IDE root. Read once; empty when the IDE's files
/// are not installed.
/// </summary>
internal sealed class IdeAssetManifest
{
    public const string FileName = "asset-manifest.json";

    public IdeAssetManifest(IdeFiles files)
    {
        var manifest = files.Find(FileName);
        if (manifest is null)
        {
            return;
        }

        using var stream = manifest.CreateReadStream();
        using var document = JsonDocument.Parse(stream);
        Files = document.RootElement.GetProperty("files").EnumerateObject()
            .ToDictionary(file => file.Name, file => file.Value.GetString()!.TrimStart('.', '/'), StringComparer.Ordinal);
    }

    /// <summary>Path below the IDE root (<c>static/js/main.0349187e.js</c>) by build name (<c>main.js</c>).</summary>
    public IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The path of the script chunk webpack numbered <paramref name="chunkId"/> (<c>static/js/725.3d0ed297.chunk.js</c>), or null.</summary>
    public string? ChunkPath(string chunkId) =>
        Files.Values.FirstOrDefault(path => path.StartsWith($"static/js/{chunkId}.", StringComparison.Ordinal)
            && path.EndsWith(".chunk.js", StringComparison.Ordinal));
}
