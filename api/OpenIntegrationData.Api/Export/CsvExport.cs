using Microsoft.Net.Http.Headers;

namespace OpenIntegrationData.Api.Export;

/// <summary>
/// CSV downloads: a GraphQL GET (query, trusted <c>id</c> or APQ hash) sent with <c>Accept: text/csv</c> whose operation
/// selects one root connection's <c>nodes</c> is answered as CSV instead of JSON (see README, "CSV").
/// </summary>
internal static class CsvExport
{
    public const string MediaType = "text/csv";

    /// <summary>Whether <c>Accept</c> names <c>text/csv</c> (with a non-zero quality).</summary>
    public static bool IsRequested(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(static value => value.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase) && value.Quality is not 0);
}
