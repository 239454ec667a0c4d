namespace OpenIntegrationData.Api.Ide;

/// <summary>
/// The service worker answered at <c>service-worker.js</c> instead of the package's (docs/conventions.md#ide).
/// The package's worker precaches all 39 files of the app (2.7 MB Brotli, also editor languages the page never loads)
/// while the first visit is still starting, competing with it for the CPU, then claims the page, and the app reloads
/// itself when that happens: the IDE reloaded under the user's hands a few seconds after it had become usable.
/// Later visits gain nothing from it: the files are in the HTTP cache anyway (hashed names, cached for a year).
/// Ours (<c>Ide/service-worker.js</c>, built into the program) caches nothing and answers no request; it replaces
/// a worker the package installed before and deletes its copies.
/// </summary>
internal sealed class IdeServiceWorker
{
    public const string FileName = "service-worker.js";

    private const string ResourceName = "OpenIntegrationData.Api.Ide.service-worker.js";

    public IdeServiceWorker()
    {
        using var stream = typeof(IdeServiceWorker).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The program lacks its embedded resource {ResourceName}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Script = IdeBody.Of(copy.ToArray());
    }

    /// <summary>The UTF-8 script.</summary>
    public IdeBody Script { get; }
}
