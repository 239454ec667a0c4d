using Microsoft.Net.Http.Headers;

namespace OpenIntegrationData.Api.Export;

/// <summary>
/// CSV downloads: a GraphQL GET (query, trusted <c>id</c> or APQ hash) sent with <c>Accept: text/csv</c>, or with
/// <c>format=csv</c> in the URL so that a plain link works in a browser, whose operation
/// selects one root connection's <c>nodes</c> is answered as CSV instead of JSON (see README, "CSV").
/// </summary>
internal static class CsvExport
{
    public const string MediaType = "text/csv";

    /// <summary>Whether the URL says <c>format=csv</c> or <c>Accept</c> names <c>text/csv</c> (with a non-zero quality).</summary>
    public static bool IsRequested(HttpRequest request) =>
        string.Equals(request.Query["format"], "csv", StringComparison.OrdinalIgnoreCase) || Accepts(request.Headers.Accept);

    /// <summary>Whether <paramref name="accept"/> names <c>text/csv</c> with a non-zero quality.</summary>
    public static bool Accepts(Microsoft.Extensions.Primitives.StringValues accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var accepted)
        && accepted.Any(static value => value.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase) && value.Quality is not 0);
}
