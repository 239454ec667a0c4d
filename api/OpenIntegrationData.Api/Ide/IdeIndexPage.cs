using System.Text;

namespace OpenIntegrationData.Api.Ide;

/// <summary>
/// The IDE's page: the package's <c>index.html</c> with our <c>Ide/page-settled.js</c> put in at the end of its head
/// (built into the program). That script tells our service worker when the page has started, so the worker stores
/// and compiles the app after the first visit's start rather than during it (<see cref="IdeServiceWorker"/>).
/// Built once; null when the IDE's files are not installed.
/// </summary>
internal sealed class IdeIndexPage
{
    public const string FileName = "index.html";

    private const string ResourceName = "OpenIntegrationData.Api.Ide.page-settled.js";

    public IdeIndexPage(IdeFiles files)
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

        var endOfHead = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (endOfHead < 0)
        {
            throw new InvalidOperationException($"The IDE's {FileName} has no </head>; the package changed its page.");
        }

        var page = html.Insert(endOfHead, "<script>" + IdeResources.Text(ResourceName) + "</script>");
        Body = IdeBody.Of(Encoding.UTF8.GetBytes(page));
    }

    /// <summary>The UTF-8 page, or null without the IDE's files.</summary>
    public IdeBody? Body { get; }
}
