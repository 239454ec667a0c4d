using System.Net;
using OpenIntegrationData.Api.Tests.Browser;

namespace OpenIntegrationData.Api.Tests.Caching;

/// <summary>
/// Every endpoint with an ETag reads <c>If-None-Match</c> alike (RFC 9110 §13.1.2, Transport/Caching/EntityTag): <c>*</c>,
/// a list naming the current tag, and the tag sent weak each answer 304 without a body; a tag of another representation
/// gets the full answer.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IfNoneMatchTests(BrowserFixture fixture)
{
    public static TheoryData<string, string, string, HttpStatusCode> Cases()
    {
        var endpoints = new (string Name, string Path, string Accept)[]
        {
            ("GraphQL GET", "graphql?query=%7B%20sources(first%3A%201)%20%7B%20totalCount%20%7D%20%7D", "application/graphql-response+json"),
            ("map", "geo/11000000/bezirk.geojson", "application/geo+json"),
            ("schema download", "graphql?sdl", "*/*"),
            ("IDE", "graphql/bcp-config.json", "*/*"),
        };
        var headers = new (string Form, HttpStatusCode Status)[]
        {
            ("*", HttpStatusCode.NotModified),
            ("\"another\", {tag}", HttpStatusCode.NotModified),
            ("W/{tag}", HttpStatusCode.NotModified),
            ("\"another\", W/\"and,another\"", HttpStatusCode.OK),
        };
        var cases = new TheoryData<string, string, string, HttpStatusCode>();
        foreach (var (name, path, accept) in endpoints)
        {
            foreach (var (form, status) in headers)
            {
                cases.Add(name + ": " + path, accept, form, status);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Get_WithIfNoneMatch_Answers304OnlyWhenItNamesTheCurrentTag(string endpoint, string accept, string ifNoneMatch, HttpStatusCode expected)
    {
        var path = endpoint[(endpoint.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        using var first = await SendAsync(path, accept, ifNoneMatch: null);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag!.Tag;

        using var second = await SendAsync(path, accept, ifNoneMatch.Replace("{tag}", tag, StringComparison.Ordinal));

        Assert.Equal(expected, second.StatusCode);
        var body = await second.Content.ReadAsByteArrayAsync();
        Assert.True(expected == HttpStatusCode.OK ? body.Length > 0 : body.Length == 0, $"{body.Length} bytes of body with {(int)second.StatusCode}");
        Assert.Equal(tag, second.Headers.ETag?.Tag);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string accept, string? ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await fixture.Http.SendAsync(request);
    }
}
