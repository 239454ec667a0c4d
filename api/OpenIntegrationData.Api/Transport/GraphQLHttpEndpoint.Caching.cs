using System.Globalization;
using Microsoft.Net.Http.Headers;
using OpenIntegrationData.Api.Transport.Caching;

namespace OpenIntegrationData.Api.Transport;

/// <summary>
/// GET answers carry validators so that a CDN or browser can keep them (<c>ETag</c>, <c>Cache-Control: public, max-age=N</c>,
/// <c>Vary: Accept</c>), and a repeated GET is answered before anything is parsed: 304 when <c>If-None-Match</c> names
/// its tag, the kept body when the <see cref="ResponseCache"/> has it (docs/conventions.md#persisted-operations).
/// A GET spelled exactly like one whose answer is kept is answered first of all, from the cache's index by request:
/// no query string read, nothing hashed, nothing parsed.
/// </summary>
internal sealed partial class GraphQLHttpEndpoint
{
    // Made once: the options are read at start, and every tagged answer sends it.
    private readonly string _cacheControl = CacheControl(httpCacheOptions.Value.MaxAgeSeconds);

    /// <summary>The answer to a repeated GET, when the cache keeps one for this request on the data version served now; otherwise null.</summary>
    private Task? TryAnswerRepeat(HttpContext context)
    {
        if (!responseCache.Enabled
            || !responseCache.TryGet(RequestKey.Of(context.Request), out var kept)
            || !responseTags.IsCurrent(kept.Tag))
        {
            return null;
        }

        if (EntityTag.Matches(context.Request.Headers.IfNoneMatch, kept.Tag))
        {
            AnswerNotModified(context.Response, kept.Tag);
            return Task.CompletedTask;
        }

        return WriteCachedAsync(context, kept);
    }

    private async Task<bool> TryAnswerWithoutExecutingAsync(HttpContext context, string tag)
    {
        if (EntityTag.Matches(context.Request.Headers.IfNoneMatch, tag))
        {
            AnswerNotModified(context.Response, tag);
            return true;
        }

        if (!responseCache.TryGet(tag, out var cached))
        {
            return false;
        }

        await WriteCachedAsync(context, cached);
        return true;
    }

    private void AnswerNotModified(HttpResponse response, string tag)
    {
        SetValidators(response, tag);
        response.StatusCode = StatusCodes.Status304NotModified;
    }

    private Task WriteCachedAsync(HttpContext context, CachedResponse cached)
    {
        var response = context.Response;
        SetValidators(response, cached.Tag);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = cached.ContentType;
        if (cached.ContentDisposition is { } disposition)
        {
            response.Headers.ContentDisposition = disposition;
        }

        var (body, coding) = cachedCompression.Choose(context, cached);
        if (coding is not null)
        {
            response.Headers.ContentEncoding = coding;
        }

        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    private void SetValidators(HttpResponse response, string tag)
    {
        response.Headers.ETag = tag;
        response.Headers.CacheControl = _cacheControl;
        response.Headers.Vary = HeaderNames.Accept;
    }

    private static string CacheControl(int maxAgeSeconds) =>
        maxAgeSeconds > 0 ? "public, max-age=" + maxAgeSeconds.ToString(CultureInfo.InvariantCulture) : "public, no-cache";
}
