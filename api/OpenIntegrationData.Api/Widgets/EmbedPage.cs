using System.Text;
using System.Text.Encodings.Web;

namespace OpenIntegrationData.Api.Widgets;

/// <summary>
/// <c>/widgets/embed?widget=indicator-chart&amp;indicator=…&amp;area=…</c>: a page holding one widget, for sites that
/// can embed an iframe but not run scripts. Only known widgets and attributes are written, each HTML-encoded.
/// </summary>
internal static class EmbedPage
{
    /// <summary>The widgets by their <c>widget</c> parameter, as custom element names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Elements = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["indicator-chart"] = "oid-indicator-chart",
        ["population-chart"] = "oid-population-chart",
        ["programme-list"] = "oid-programme-list",
        ["area-map"] = "oid-area-map",
    };

    /// <summary>Every attribute a widget reads (each widget ignores the ones it does not know).</summary>
    public static readonly IReadOnlyList<string> Attributes =
        ["indicator", "area", "district", "top", "year", "sdg", "level", "measure", "date", "nationality", "group", "lang"];

    /// <summary>The languages the widgets speak.</summary>
    private static readonly string[] Languages = ["de", "en"];

    /// <summary>The page for the request's parameters, or null when <c>widget</c> names no widget.</summary>
    public static string? Render(HttpRequest request)
    {
        var query = request.Query;
        var widget = query["widget"].ToString();
        if (!Elements.TryGetValue(widget, out var element))
        {
            return null;
        }

        var lang = LanguageOf(request);
        var attributes = new StringBuilder();
        foreach (var name in Attributes)
        {
            if (query.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value))
            {
                attributes.Append(' ').Append(name).Append("=\"").Append(HtmlEncoder.Default.Encode(value.ToString())).Append('"');
            }
        }

        return $"""
            <!doctype html>
            <html lang="{lang}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>OpenIntegrationData</title>
            <style>body {"{"} margin: 0; padding: 8px; background: #fff; {"}"}</style>
            <script type="module" src="oid-widgets.js"></script>
            </head>
            <body>
            <{element}{attributes}></{element}>
            </body>
            </html>
            """;
    }

    /// <summary>
    /// The <c>lang</c> parameter; without it the reader's browser language (<c>Accept-Language</c>), because a page in
    /// an iframe cannot read the <c>lang</c> of the page around it; English when neither is German or English.
    /// </summary>
    public static string LanguageOf(HttpRequest request)
    {
        if (Languages.FirstOrDefault(l => request.Query["lang"].ToString().StartsWith(l, StringComparison.OrdinalIgnoreCase)) is { } asked)
        {
            return asked;
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(static l => l.Quality is not 0)
            .OrderByDescending(static l => l.Quality ?? 1);
        foreach (var language in accepted)
        {
            if (Languages.FirstOrDefault(l => language.Value.Value?.StartsWith(l, StringComparison.OrdinalIgnoreCase) == true) is { } match)
            {
                return match;
            }
        }

        return "en";
    }

    /// <summary>What a wrong <c>widget</c> parameter gets: a readable page listing the widgets.</summary>
    public static string Unknown(string widget) =>
        $"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>OpenIntegrationData: unknown widget</title></head>
        <body>
        <p>There is no widget "{HtmlEncoder.Default.Encode(widget)}". Use widget={string.Join(", ", Elements.Keys)}.</p>
        </body>
        </html>
        """;
}
