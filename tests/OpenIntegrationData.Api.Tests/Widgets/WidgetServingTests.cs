using System.Net;
using OpenIntegrationData.Api.Tests.Browser;

namespace OpenIntegrationData.Api.Tests.Widgets;

/// <summary>The widget bundle, its iframe page and the demo page as the API serves them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetServingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Get_Bundle_IsAJavaScriptModuleAnyOriginMayLoadAndCache()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "widgets/oid-widgets.js");
        request.Headers.Add("Origin", "https://www.example-city.de");
        using var response = await fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("oid-indicator-chart", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_BundleWithItsETag_Answers304()
    {
        using var first = await fixture.Http.GetAsync(new Uri("widgets/oid-widgets.js", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, "widgets/oid-widgets.js");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await fixture.Http.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Get_Embed_WritesOneWidgetWithItsAttributesEncoded()
    {
        using var response = await fixture.Http.GetAsync(new Uri("widgets/embed?widget=indicator-chart&indicator=%22%3E%3Cscript%3E&area=05111000&lang=de&onload=x", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"de\">", page, StringComparison.Ordinal);
        Assert.Contains("<script type=\"module\" src=\"oid-widgets.js\"></script>", page, StringComparison.Ordinal);
        Assert.Contains("<oid-indicator-chart indicator=\"&quot;&gt;&lt;script&gt;\" area=\"05111000\" lang=\"de\"></oid-indicator-chart>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("onload", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EmbedOfAnUnknownWidget_Answers400WithTheKnownWidgets()
    {
        using var response = await fixture.Http.GetAsync(new Uri("widgets/embed?widget=pie", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("indicator-chart, population-chart, programme-list", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Demo_IsAnHtmlPageUsingEveryWidget()
    {
        using var response = await fixture.Http.GetAsync(new Uri("widgets/demo.html", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<oid-indicator-chart", page, StringComparison.Ordinal);
        Assert.Contains("<oid-population-chart", page, StringComparison.Ordinal);
        Assert.Contains("<oid-programme-list", page, StringComparison.Ordinal);
    }
}
