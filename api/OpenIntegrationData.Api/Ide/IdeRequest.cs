using Microsoft.AspNetCore.WebUtilities;

namespace OpenIntegrationData.Api.Ide;

/// <summary>
/// Decides whether a request on the GraphQL route is for the IDE (docs/conventions.md#ide): GET or HEAD,
/// none of GraphQL-over-GET's parameters (<c>query</c>, <c>id</c>, <c>extensions</c>) nor the schema
/// download's <c>sdl</c>; the app itself only for browsers (<c>Accept</c> with <c>text/html</c>).
/// </summary>
internal static class IdeRequest
{
    public static readonly string[] ConfigFileNames = ["bcp-config.json", "nitro-config.json"];

    /// <param name="slug">The path below the GraphQL route (<c>{**slug}</c>); null or empty for the route itself.</param>
    public static IdeAnswer Classify(HttpRequest request, string? slug, IdeFiles files)
    {
        if (!IsReadOnlyWithoutGraphQLParameters(request))
        {
            return IdeAnswer.None;
        }

        if (string.IsNullOrEmpty(slug))
        {
            // Without the app's files (a build that skipped npm) the route stays the API's.
            if (!AcceptsHtml(request) || !files.AreInstalled)
            {
                return IdeAnswer.None;
            }

            return request.Path.Value!.EndsWith('/') ? IdeAnswer.Index : IdeAnswer.RedirectToSlash;
        }

        if (ConfigFileNames.Contains(slug, StringComparer.Ordinal))
        {
            return IdeAnswer.Config;
        }

        if (slug == IdeServiceWorker.FileName)
        {
            return IdeAnswer.ServiceWorker;
        }

        // The page by its file name is the page we build (the package's own lacks what IdeIndexPage adds).
        if (slug == IdeIndexPage.FileName)
        {
            return files.AreInstalled ? IdeAnswer.Index : IdeAnswer.None;
        }

        return files.Find(slug) is null ? IdeAnswer.None : IdeAnswer.StaticFile;
    }

    private static bool IsReadOnlyWithoutGraphQLParameters(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && !NamesGraphQLParameter(request.QueryString.Value);

    /// <summary>
    /// Whether the query string has a parameter <c>query</c>, <c>id</c>, <c>extensions</c> or <c>sdl</c> (names compared
    /// as the query collection does). Only the names are decoded: this runs for every GET on the route, and a GraphQL
    /// GET's document, decoded here, would cost more than answering it from the response cache.
    /// </summary>
    private static bool NamesGraphQLParameter(string? queryString)
    {
        foreach (var pair in new QueryStringEnumerable(queryString))
        {
            var name = pair.DecodeName().Span;
            if (name.Equals("query", StringComparison.OrdinalIgnoreCase)
                || name.Equals("id", StringComparison.OrdinalIgnoreCase)
                || name.Equals("extensions", StringComparison.OrdinalIgnoreCase)
                || name.Equals("sdl", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(value => value is not null && value.Contains("text/html", StringComparison.OrdinalIgnoreCase));
}
