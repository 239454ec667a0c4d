using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.Net.Http.Headers;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>
/// Writes a successful GET answer with validators so a CDN or browser can keep it: <c>ETag</c> (hash of the body),
/// <c>Cache-Control: public, max-age=N</c> and <c>Vary: Accept</c> (the media type depends on it).
/// A matching <c>If-None-Match</c> gets 304 without a body. The body is buffered to hash it; GET answers are small
/// next to the request size limit, and a CSV or stream never comes through here.
/// </summary>
internal static class CacheableResponseWriter
{
    /// <summary>Only clean successes are cacheable: an answer with errors may be transient (a timeout, a database hiccup).</summary>
    public static bool IsCacheable(int statusCode, ExecutionResult result) =>
        statusCode == StatusCodes.Status200OK && result.HasData && result.Errors.Count == 0;

    public static async Task WriteAsync(HttpContext context, ResponseMediaType mediaType, ExecutionResult result, HttpCacheOptions options)
    {
        var body = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(body, ResultJsonWriter.WriterOptions))
        {
            ResultJsonWriter.Write(writer, result);
        }

        var tag = EntityTag.Of(body.WrittenSpan);
        var response = context.Response;
        response.Headers.ETag = tag;
        response.Headers.CacheControl = options.MaxAgeSeconds > 0
            ? "public, max-age=" + options.MaxAgeSeconds.ToString(CultureInfo.InvariantCulture)
            : "public, no-cache";
        response.Headers.Vary = HeaderNames.Accept;

        if (EntityTag.Matches(context.Request.Headers.IfNoneMatch, tag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypes.ContentTypeOf(mediaType);
        response.ContentLength = body.WrittenCount;
        await response.Body.WriteAsync(body.WrittenMemory, context.RequestAborted);
    }
}
