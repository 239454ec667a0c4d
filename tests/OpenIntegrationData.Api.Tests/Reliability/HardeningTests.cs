using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OpenIntegrationData.Api.Tests.Reliability;

/// <summary>Issue 13.9: a per-client rate limit with 429 and Retry-After, security headers on the pages, no Server header.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class HardeningTests(SeededApi api)
{
    [Fact]
    public async Task OneClientPastItsBurst_Gets429WithRetryAfter_WhileHealthStaysOpen()
    {
        await using var limited = api.WithSettings(new Dictionary<string, string> { ["RateLimiting:Burst"] = "3", ["RateLimiting:TokensPerSecond"] = "1" });
        using var client = limited.CreateClient();

        var answers = new List<Answer>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await SeededApi.PostAsync(client, "{ __typename }"));
        }

        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(200, answers[0].Status);
        var refused = answers.Last();
        Assert.Equal(429, refused.Status);
        Assert.NotNull(refused.RetryAfter);
        Assert.Contains("\"code\":\"RATE_LIMITED\"", refused.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Matches($$"""oid_graphql_errors_total\{[^}]*code="RATE_LIMITED"\} {{answers.Count(static a => a.Status == 429)}}""", metrics);
    }

    [Fact]
    public async Task IdePage_ForbidsFramingAndSniffing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");
        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedPage_MayBeFramedByAnySite()
    {
        using var response = await api.Client.GetAsync(new Uri("/widgets/embed?widget=population-chart&area=05111000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors *", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public void Kestrel_SendsNoServerHeader()
    {
        var kestrel = api.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.False(kestrel.AddServerHeader);
    }

    [Fact]
    public void Compose_RestartsBothServices_AndServesAsTheReadOnlyRole()
    {
        // Issue 13.5 and 13.6 for `docker compose up`: a crashed or rebooted service comes back by itself, and the
        // API serves as oid_reader while the owner migrates and seeds.
        var compose = File.ReadAllText(Path.Combine(Browser.BrowserFixture.RepositoryRoot(), "docker-compose.yml"));
        var services = System.Text.RegularExpressions.Regex.Split(compose, @"^  (?=\w[\w-]*:\s*$)", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Where(static block => block.StartsWith("postgres:", StringComparison.Ordinal) || block.StartsWith("api:", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(2, services.Count);
        Assert.All(services, static service => Assert.Contains("\n    restart: unless-stopped\n", service, StringComparison.Ordinal));
        var api = services.Single(static s => s.StartsWith("api:", StringComparison.Ordinal));
        Assert.Contains("ConnectionStrings__Postgres: \"Host=postgres;Username=oid_reader;", api, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__PostgresOwner: \"Host=postgres;Username=oid;", api, StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content)
        : "";
}
