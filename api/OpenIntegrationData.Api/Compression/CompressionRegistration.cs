using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace OpenIntegrationData.Api.Compression;

/// <summary>
/// Brotli and gzip for the answers the server writes (JSON, CSV, GeoJSON, SDL, pages), at the fastest level:
/// a response is compressed once per request, so speed beats the last few percent. Static files arrive already
/// compressed by the build (<see cref="PrecompressedFile"/>) and pass through untouched.
/// Also over HTTPS: the API is public and read-only, with no cookies or credentials a compression side
/// channel (BREACH) could reveal.
/// </summary>
public static class CompressionRegistration
{
    /// <summary>The media types worth compressing; images and fonts are compressed formats already.</summary>
    internal static readonly string[] CompressedMediaTypes =
    [
        "application/graphql-response+json",
        "application/json",
        "application/geo+json",
        "application/graphql",
        "text/csv",
        "text/html",
        "text/plain",
        "text/css",
        "text/javascript",
        "image/svg+xml",
        "application/manifest+json",
    ];

    public static IHostApplicationBuilder AddOpenDataCompression(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = CompressedMediaTypes;
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return builder;
    }

    /// <summary>Compresses what the endpoints write; call before mapping them.</summary>
    public static WebApplication UseOpenDataCompression(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state => CorrectCacheHeaders((HttpResponse)state), context.Response);
            return next(context);
        });
        app.UseResponseCompression();
        return app;
    }

    /// <summary>
    /// Two corrections for caches between us and the client. <c>Vary: Accept-Encoding</c> on every compressible
    /// answer, also when this client accepted no coding (the middleware adds it only when it compresses, so a
    /// CDN could hand an uncompressed copy's slot a compressed one or the reverse). And a compressed answer's strong
    /// ETag becomes weak: the tag hashes the uncompressed body, and a strong tag must name exactly one
    /// representation (RFC 9110 §8.8.1); <c>If-None-Match</c> compares weakly, so revalidation still works.
    /// </summary>
    private static Task CorrectCacheHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        if (IsCompressible(response.ContentType) && !VariesByEncoding(headers.Vary))
        {
            headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        }

        if (headers.ContentEncoding.Count > 0)
        {
            var etag = headers.ETag.ToString();
            if (etag.StartsWith('"') && !IsPrecompressedTag(etag))
            {
                headers.ETag = "W/" + etag;
            }
        }

        return Task.CompletedTask;
    }

    private static bool VariesByEncoding(StringValues vary)
    {
        foreach (var value in vary)
        {
            if (value is not null && value.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A precompressed copy has a tag of its own (PrecompressedFile.ETag ends in -br"/-gzip").
    private static bool IsPrecompressedTag(string etag) =>
        etag.EndsWith("-" + ContentCoding.Brotli + "\"", StringComparison.Ordinal) ||
        etag.EndsWith("-" + ContentCoding.Gzip + "\"", StringComparison.Ordinal);

    private static bool IsCompressible(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        // Runs on every answer: compared in place, nothing allocated.
        var semicolon = contentType.IndexOf(';');
        var mediaType = (semicolon < 0 ? contentType.AsSpan() : contentType.AsSpan(0, semicolon)).Trim();
        foreach (var compressed in CompressedMediaTypes)
        {
            if (mediaType.Equals(compressed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
