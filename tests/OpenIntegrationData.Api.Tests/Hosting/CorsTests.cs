using System.Net;
using System.Text;
using OpenIntegrationData.Api.Tests.Browser;

namespace OpenIntegrationData.Api.Tests.Hosting;

/// <summary>Any origin may read the API (GET, POST, OPTIONS), never with credentials.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CorsTests(BrowserFixture fixture)
{
    private const string Origin = "https://www.example-city.de";

    [Fact]
    public async Task Preflight_PostWithJsonContentType_AllowsAnyOriginWithoutCredentials()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "graphql");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("GET,POST,OPTIONS", Header(response, "Access-Control-Allow-Methods"));
        Assert.Contains("content-type", Header(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Preflight_Delete_IsNotAmongTheAllowedMethods()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "graphql");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "DELETE");

        using var response = await fixture.Http.SendAsync(request);

        // The browser compares the method with the allowed list and refuses the request itself.
        Assert.Equal("GET,POST,OPTIONS", Header(response, "Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task Post_FromAnotherOrigin_AnswersWithAllowOriginStar()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", Origin);

        using var response = await fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    private static string Header(HttpResponseMessage response, string name) => string.Join(",", response.Headers.GetValues(name));
}
