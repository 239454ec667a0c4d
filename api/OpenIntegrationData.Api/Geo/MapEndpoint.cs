using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenIntegrationData.Api.Transport.Caching;

namespace OpenIntegrationData.Api.Geo;

/// <summary>
/// <c>GET /geo/{municipality key}/{level key}.geojson</c>: one level's areas as an RFC 7946 FeatureCollection
/// (<c>application/geo+json</c>), for maps and the <c>oid-area-map</c> widget. Cacheable like the GraphQL GETs: the
/// ETag is the data version and a hash of the path and query (<see cref="ResponseTags.ForResource"/>), so a matching
/// <c>If-None-Match</c> gets 304 before any outline is read; <c>Cache-Control: public</c>. An unknown municipality,
/// level, measure, group or nationality is 404 and a malformed parameter 400, each as problem details whose
/// <c>detail</c> says what is wrong and lists the valid keys.
/// </summary>
internal static class MapEndpoint
{
    public const string ContentType = "application/geo+json";

    public static WebApplication MapGeoJson(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/geo/{municipality}/{level}.geojson", AnswerAsync);
        return app;
    }

    private static async Task<IResult> AnswerAsync(
        string municipality, string level, HttpContext context,
        [FromServices] NpgsqlDataSource dataSource, [FromServices] ResponseTags tags, [FromServices] IOptions<HttpCacheOptions> cache)
    {
        var cancellation = context.RequestAborted;
        var (request, malformed) = MapRequest.Parse(municipality, level, context.Request.Query);
        if (request is null)
        {
            return Results.Problem(malformed, statusCode: StatusCodes.Status400BadRequest, title: "Bad map request");
        }

        var tag = tags.ForResource(context.Request.Path + context.Request.QueryString);
        if (tag is not null && EntityTag.Matches(context.Request.Headers.IfNoneMatch, tag))
        {
            return new CacheableGeoJson(null, tag, cache.Value);
        }

        if (await UnknownKeyAsync(dataSource, request, cancellation) is { } unknown)
        {
            return unknown;
        }

        var collection = await MapQuery.CollectionAsync(dataSource, request, cancellation);
        if (collection is null)
        {
            return await UnknownPlaceAsync(dataSource, request, cancellation);
        }

        return new CacheableGeoJson(Encoding.UTF8.GetBytes(collection), tag, cache.Value);
    }

    private static async Task<IResult?> UnknownKeyAsync(NpgsqlDataSource dataSource, MapRequest request, CancellationToken cancellation)
    {
        if (request.Measure is { } measure)
        {
            var measures = await MapQuery.KeysAsync(dataSource, MapQuery.Measures, null, cancellation);
            if (!measures.Contains(measure))
            {
                return NotFound($"There is no measure '{measure}'. Measures: {string.Join(", ", measures)}.", measures);
            }
        }

        if (request.Group is { } group)
        {
            var groups = await MapQuery.KeysAsync(dataSource, MapQuery.Groups, null, cancellation);
            if (!groups.Contains(group))
            {
                return NotFound($"There is no group of nationalities '{group}'. Groups: {string.Join(", ", groups)}.", groups);
            }
        }

        if (request.Nationality is { } nationality && (await MapQuery.KeysAsync(dataSource, MapQuery.Nationality, nationality, cancellation)).Count == 0)
        {
            return NotFound($"There is no nationality with the ISO 3166-1 alpha-2 code '{nationality}'.", []);
        }

        return null;
    }

    private static async Task<IResult> UnknownPlaceAsync(NpgsqlDataSource dataSource, MapRequest request, CancellationToken cancellation)
    {
        var name = (await MapQuery.KeysAsync(dataSource, MapQuery.MunicipalityName, request.Municipality, cancellation)).FirstOrDefault();
        var levels = name is null ? [] : await MapQuery.KeysAsync(dataSource, MapQuery.LevelsWithMaps, request.Municipality, cancellation);
        if (levels.Count > 0)
        {
            return NotFound($"{name} has no map level '{request.Level}'. Its levels with outlines: {string.Join(", ", levels)}.", levels);
        }

        var municipalities = await MapQuery.KeysAsync(dataSource, MapQuery.MunicipalitiesWithMaps, null, cancellation);
        var which = name is null ? $"There is no municipality with the key '{request.Municipality}'." : $"{name} has no areas with outlines yet.";
        return NotFound($"{which} Municipalities with maps: {string.Join(", ", municipalities)}.", municipalities);
    }

    private static IResult NotFound(string detail, IReadOnlyList<string> valid) =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found",
            extensions: new Dictionary<string, object?> { ["valid"] = valid });

    /// <summary>The collection with its validators (none while the data version is unknown), or 304 without a body.</summary>
    private sealed class CacheableGeoJson(byte[]? body, string? tag, HttpCacheOptions options) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            if (tag is not null)
            {
                response.Headers.ETag = tag;
                response.Headers.CacheControl = options.MaxAgeSeconds > 0
                    ? "public, max-age=" + options.MaxAgeSeconds.ToString(CultureInfo.InvariantCulture)
                    : "public, no-cache";
            }

            if (body is null)
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            response.ContentType = ContentType;
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }
}
