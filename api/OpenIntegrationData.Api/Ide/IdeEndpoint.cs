using Microsoft.Net.Http.Headers;
using OpenIntegrationData.Api.Compression;
using OpenIntegrationData.Api.Transport.Caching;

namespace OpenIntegrationData.Api.Ide;

/// <summary>
/// Serves Banana Cake Pop on the GraphQL route (docs/conventions.md#ide, the express middleware's order):
/// the redirect to the trailing slash, the page (<see cref="IdeIndexPage"/>), the config document, our service worker,
/// the app's static files.
/// Only requests <see cref="IdeRequestPolicy"/> let through arrive here.
/// </summary>
internal sealed class IdeEndpoint(IdeFiles files, IdeIndexPage indexPage, IdeConfig config, IdeServiceWorker serviceWorker)
{
    // Hashed bundle names change with every IDE version; everything else may change with a redeploy.
    private const string ImmutableCaching = "public, max-age=31536000, immutable";
    private const string RevalidateCaching = "no-cache";

    public Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var slug = request.RouteValues["slug"] as string;
        switch (IdeRequest.Classify(request, slug, files))
        {
            case IdeAnswer.RedirectToSlash:
                // 301 keeps the query string (the express middleware and HotChocolate do the same).
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = $"{request.PathBase}{request.Path}/{request.QueryString}";
                return Task.CompletedTask;
            case IdeAnswer.Index:
                return SendBytesAsync(context, indexPage.Body!, "text/html; charset=utf-8");
            case IdeAnswer.Config:
                return SendConfigAsync(context);
            case IdeAnswer.ServiceWorker:
                return SendServiceWorkerAsync(context);
            case IdeAnswer.StaticFile:
                return SendFileAsync(context, slug!, slug!.StartsWith("static/", StringComparison.Ordinal) ? ImmutableCaching : RevalidateCaching);
            default:
                // The policy filtered these out; reaching here means the files vanished between match and answer.
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
        }
    }

    private Task SendConfigAsync(HttpContext context) =>
        SendBytesAsync(context, config.Body, "application/json; charset=utf-8");

    private Task SendServiceWorkerAsync(HttpContext context) =>
        SendBytesAsync(context, serviceWorker.Script, "text/javascript; charset=utf-8");

    /// <summary>A body built in memory, revalidated on every visit (a 304 when the tag still matches); compressed on the way
    /// out like the API's other answers (Compression/).</summary>
    private static Task SendBytesAsync(HttpContext context, IdeBody body, string contentType)
    {
        var response = context.Response;
        response.Headers.CacheControl = RevalidateCaching;
        response.Headers.ETag = body.ETag.ToString();
        if (IsNotModified(context.Request, body.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = contentType;
        response.ContentLength = body.Bytes.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(body.Bytes, context.RequestAborted).AsTask();
    }

    /// <summary>The file, or the build's Brotli/gzip copy of it when the client accepts one (Compression/).</summary>
    private Task SendFileAsync(HttpContext context, string relativePath, string cacheControl)
    {
        var original = files.Find(relativePath)!;
        var sent = PrecompressedFile.Choose(context.Request, original, suffix => files.Find(relativePath + suffix));
        var file = sent.File;
        var response = context.Response;
        var etag = sent.ETag;
        sent.WriteHeaders(response);
        response.Headers.CacheControl = cacheControl;
        response.Headers.ETag = etag.ToString();
        response.Headers.LastModified = original.LastModified.ToUniversalTime().ToString("R", System.Globalization.CultureInfo.InvariantCulture);

        if (IsNotModified(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = files.ContentTypeOf(original.Name);
        response.ContentLength = file.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : response.SendFileAsync(file, context.RequestAborted);
    }

    /// <summary>Whether the request's <c>If-None-Match</c> names <paramref name="etag"/> or is <c>*</c> (<see cref="EntityTag"/>).</summary>
    private static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag) =>
        EntityTag.Matches(request.Headers.IfNoneMatch, etag.ToString());
}
