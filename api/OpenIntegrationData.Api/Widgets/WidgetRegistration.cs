using System.Text;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Options;
using OpenIntegrationData.Api.Compression;

namespace OpenIntegrationData.Api.Widgets;

/// <summary>
/// Serves the widgets: the bundle at <c>/widgets/oid-widgets.js</c> (an ES module other sites load across origins,
/// so CORS applies), the iframe page <c>/widgets/embed</c> and the demo page <c>/widgets/demo.html</c>.
/// </summary>
public static class WidgetRegistration
{
    public static IHostApplicationBuilder AddWidgets(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<WidgetOptions>().BindConfiguration(WidgetOptions.Section);
        return builder;
    }

    public static WebApplication MapWidgets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<WidgetOptions>>().Value;
        var bundleCaching = $"public, max-age={(int)options.BundleMaxAge.TotalSeconds}";

        app.MapMethods("/widgets/oid-widgets.js", [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
            FileOrNotFound(context, options, "oid-widgets.js", "text/javascript; charset=utf-8", bundleCaching));
        app.MapMethods("/widgets/demo.html", [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
            FileOrNotFound(context, options, "demo.html", "text/html; charset=utf-8", "no-cache"));
        app.MapGet("/widgets/embed", (HttpContext context) =>
        {
            var page = EmbedPage.Render(context.Request);
            context.Response.Headers.Vary = "Accept-Language";
            return page is null
                ? Results.Content(EmbedPage.Unknown(context.Request.Query["widget"].ToString()), "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest)
                : Results.Content(page, "text/html; charset=utf-8", Encoding.UTF8);
        });
        return app;
    }

    /// <summary>The file, or the build's Brotli/gzip copy of it when the client accepts one (Compression/).</summary>
    private static IResult FileOrNotFound(HttpContext context, WidgetOptions options, string name, string contentType, string cacheControl)
    {
        var path = Path.GetFullPath(Path.Combine(options.FilesFolder, name));
        var file = new PhysicalFileInfo(new FileInfo(path));
        if (!file.Exists)
        {
            return Results.NotFound();
        }

        var sent = PrecompressedFile.Choose(context.Request, file, suffix => new PhysicalFileInfo(new FileInfo(path + suffix)));
        var result = TypedResults.PhysicalFile(sent.File.PhysicalPath!, contentType, lastModified: file.LastModified, entityTag: sent.ETag);
        return new CachedFileResult(result, sent, cacheControl);
    }

    /// <summary>A physical file (with ETag, Last-Modified, 304 and HEAD handled by ASP.NET Core) plus Cache-Control and coding.</summary>
    private sealed class CachedFileResult(IResult file, PrecompressedFile sent, string cacheControl) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.CacheControl = cacheControl;
            sent.WriteHeaders(httpContext.Response);
            return file.ExecuteAsync(httpContext);
        }
    }
}
