using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace OpenIntegrationData.Api.Ide;

/// <summary>
/// The IDE's static files on disk (the npm package, copied by the build), with their content types.
/// Nothing is fetched from a CDN: what the build copied is what the IDE runs.
/// </summary>
internal sealed class IdeFiles : IDisposable
{
    private readonly PhysicalFileProvider? _provider;
    private readonly FileExtensionContentTypeProvider _contentTypes = new();

    public IdeFiles(IOptions<IdeOptions> options)
    {
        var folder = options.Value.FilesFolder;
        if (Directory.Exists(folder))
        {
            _provider = new PhysicalFileProvider(Path.GetFullPath(folder));
        }

        _contentTypes.Mappings[".webmanifest"] = "application/manifest+json";
        _contentTypes.Mappings[".js"] = "text/javascript; charset=utf-8";
        _contentTypes.Mappings[".html"] = "text/html; charset=utf-8";
        _contentTypes.Mappings[".css"] = "text/css; charset=utf-8";
        _contentTypes.Mappings[".txt"] = "text/plain; charset=utf-8";
    }

    /// <summary>The build copied the app (its <c>index.html</c> is there).</summary>
    public bool AreInstalled => Find("index.html") is not null;

    /// <summary>A file of the app by its path below the IDE root, or null (also for folders and paths leaving the root).</summary>
    public IFileInfo? Find(string relativePath)
    {
        if (_provider is null || relativePath.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var file = _provider.GetFileInfo(relativePath);
        return file.Exists && !file.IsDirectory ? file : null;
    }

    public string ContentTypeOf(string fileName)
    {
        // The licence has no extension; browsers show it as text.
        if (!Path.HasExtension(fileName))
        {
            return "text/plain; charset=utf-8";
        }

        return _contentTypes.TryGetContentType(fileName, out var contentType) ? contentType : "application/octet-stream";
    }

    public void Dispose() => _provider?.Dispose();
}
