using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenIntegrationData.Api.Tests.Browser;

/// <summary>
/// Another city's web site: a tiny static server on its own 127.0.0.1 port (so a different origin than the API)
/// that serves the pages a test publishes.
/// </summary>
internal sealed class EmbeddingSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private EmbeddingSite(WebApplication app, Uri origin)
    {
        _app = app;
        Origin = origin;
    }

    public Uri Origin { get; }

    public static async Task<EmbeddingSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        EmbeddingSite? site = null;
        app.MapGet("/{page}", (string page) => site!._pages.TryGetValue(page, out var html)
            ? Results.Content(html, "text/html; charset=utf-8")
            : Results.NotFound());
        // Browsers ask every origin for an icon; a city's site has one.
        app.MapGet("/favicon.ico", () => Results.NoContent());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        site = new EmbeddingSite(app, new Uri(address));
        return site;
    }

    /// <summary>Serves <paramref name="body"/> in an HTML page that loads the widget module from <paramref name="api"/>; returns its URL.</summary>
    public Uri PublishWidgetPage(string name, Uri api, string body, string lang = "en")
    {
        _pages[name] = $"""
            <!doctype html>
            <html lang="{lang}">
            <head><meta charset="utf-8"><title>A city's page</title>
            <script type="module" src="{new Uri(api, "/widgets/oid-widgets.js")}"></script></head>
            <body style="font-family: sans-serif; width: 720px">
            <h1>Our city in figures</h1>
            {body}
            </body>
            </html>
            """;
        return new Uri(Origin, name);
    }

    /// <summary>Serves an HTML page as given (e.g. one with an iframe); returns its URL.</summary>
    public Uri Publish(string name, string html)
    {
        _pages[name] = html;
        return new Uri(Origin, name);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
