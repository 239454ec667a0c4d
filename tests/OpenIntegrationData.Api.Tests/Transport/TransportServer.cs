using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIntegrationData.Api.Transport;

namespace OpenIntegrationData.Api.Tests.Transport;

/// <summary>
/// The real transport on Kestrel, on a free 127.0.0.1 port, over <see cref="TransportTestSchema"/>.
/// Shared by the transport tests (one server per test run).
/// </summary>
public sealed class TransportServer : IAsyncLifetime
{
    /// <summary>The body size limit the server runs with (small, so the 413 test is quick).</summary>
    public const long MaxRequestSize = 64 * 1024;

    private WebApplication? _app;

    /// <summary>Completes when a resolver saw its request cancelled.</summary>
    public TaskCompletionSource Cancellations { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary><c>http://127.0.0.1:port/graphql</c>.</summary>
    public Uri Endpoint => new(BaseAddress, "/graphql");

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["GraphQL:MaxRequestSize"] = MaxRequestSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Services.AddSingleton(TransportTestSchema.Create(Cancellations));
        builder.AddGraphQLTransport();

        _app = builder.Build();
        _app.MapGraphQL();
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>POSTs <paramref name="body"/> to <paramref name="path"/> with the given content type and Accept header (null = none).</summary>
    public Task<TransportResponse> PostAsync(string body, string? accept = null, string? contentType = "application/json", string path = "/graphql", IReadOnlyDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return SendAsync(request, accept, headers);
    }

    /// <summary>GETs <paramref name="pathAndQuery"/> with the given Accept header (null = none).</summary>
    public Task<TransportResponse> GetAsync(string pathAndQuery, string? accept = null, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, pathAndQuery), accept, headers);

    private async Task<TransportResponse> SendAsync(HttpRequestMessage request, string? accept, IReadOnlyDictionary<string, string>? headers)
    {
        using (request)
        {
            if (accept is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }

            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new TransportResponse((int)response.StatusCode, response.Content.Headers.ContentType, body, response.Headers, response.Content.Headers);
        }
    }
}

/// <summary>What the client saw.</summary>
public sealed record TransportResponse(
    int Status,
    MediaTypeHeaderValue? ContentType,
    string Body,
    HttpResponseHeaders Headers,
    HttpContentHeaders ContentHeaders)
{
    public string? MediaType => ContentType?.MediaType;

    /// <summary>The full <c>Content-Type</c> value as sent.</summary>
    public string? ContentTypeText => ContentType?.ToString();
}

[CollectionDefinition(Name)]
public sealed class TransportServerCollection : ICollectionFixture<TransportServer>
{
    public const string Name = "Transport server";
}
