using System.Globalization;
using Microsoft.Net.Http.Headers;
using OpenIntegrationData.Api.Transport.Caching;

namespace OpenIntegrationData.Api.Transport;

/// <summary>
/// GET answers carry validators so that a CDN or browser can keep them (<c>ETag</c>, <c>Cache-Control: public, max-age=N</c>,
/// <c>Vary: Accept</c>), and a repeated GET is answered before anything is parsed: 304 when <c>If-None-Match</c> names
/// its tag, the kept body when the <see cref="ResponseCache"/> has it (docs/conventions.md#persisted-operations).
/// </summary>
internal sealed partial class GraphQLHttpEndpoint
{
    private async Task<bool> TryAnswerWithoutExecutingAsync(HttpContext context, string tag)
    {
        if (EntityTag.Matches(context.Request.Headers.IfNoneMatch, tag))
        {
            SetValidators(context.Response, tag);
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }

        if (!responseCache.TryGet(tag, out var cached))
        {
            return false;
        }

        await WriteCachedAsync(context, cached);
        return true;
    }

    private async Task WriteCachedAsync(HttpContext context, CachedResponse cached)
    {
        var response = context.Response;
        SetValidators(response, cached.Tag);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = cached.ContentType;
        if (cached.ContentDisposition is { } disposition)
        {
            response.Headers.ContentDisposition = disposition;
        }

        response.ContentLength = cached.Body.Length;
        await response.Body.WriteAsync(cached.Body, context.RequestAborted);
    }

    private void SetValidators(HttpResponse response, string tag)
    {
        var maxAge = httpCacheOptions.Value.MaxAgeSeconds;
        response.Headers.ETag = tag;
        response.Headers.CacheControl = maxAge > 0 ? "public, max-age=" + maxAge.ToString(CultureInfo.InvariantCulture) : "public, no-cache";
        response.Headers.Vary = HeaderNames.Accept;
    }
}
