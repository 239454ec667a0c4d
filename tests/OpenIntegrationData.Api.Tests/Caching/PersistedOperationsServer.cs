using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIntegrationData.Api.Tests.Transport;
using OpenIntegrationData.Api.Transport;

namespace OpenIntegrationData.Api.Tests.Caching;

/// <summary>
/// The real transport on Kestrel (127.0.0.1, free port) over <see cref="TransportTestSchema"/>, with a folder of
/// trusted documents (<see cref="TrustedFileName"/>) and, when asked, only trusted documents allowed.
/// </summary>
public sealed class PersistedOperationsServer : IAsyncDisposable
{
    public const string TrustedDocument = "query Greeting { hello(name: \"Köln\") }";
    public const string TrustedFileName = "greeting";

    /// <summary>A second trusted document, one that takes a variable.</summary>
    public const string TrustedWithVariable = "query GreetingByName($name: String!) { hello(name: $name) }";
    public const string TrustedWithVariableFileName = "greeting-by-name";

    private readonly WebApplication _app;
    private readonly string _folder;

    private PersistedOperationsServer(WebApplication app, string folder, HttpClient client)
    {
        _app = app;
        _folder = folder;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<PersistedOperationsServer> StartAsync(bool onlyTrusted = false, int maxAgeSeconds = 60, long? maxAutomaticBytes = null, string? redis = null)
    {
        var folder = Directory.CreateTempSubdirectory("oid-trusted-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, TrustedFileName + ".graphql"), TrustedDocument);
        await File.WriteAllTextAsync(Path.Combine(folder, TrustedWithVariableFileName + ".graphql"), TrustedWithVariable);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["GraphQL:PersistedOperations:TrustedDocumentsFolder"] = folder;
        builder.Configuration["GraphQL:PersistedOperations:OnlyTrustedDocuments"] = onlyTrusted ? "true" : "false";
        builder.Configuration["GraphQL:HttpCache:MaxAgeSeconds"] = maxAgeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (maxAutomaticBytes is { } bytes)
        {
            builder.Configuration["GraphQL:PersistedOperations:MaxAutomaticBytes"] = bytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (redis is not null)
        {
            builder.Configuration["ConnectionStrings:Redis"] = redis;
        }

        builder.Services.AddSingleton(TransportTestSchema.Create(new TaskCompletionSource()));
        builder.AddGraphQLTransport();

        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new PersistedOperationsServer(app, folder, new HttpClient { BaseAddress = new Uri(address) });
    }

    public Task<TransportResponse> GetAsync(string pathAndQuery, string? ifNoneMatch = null, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return SendAsync(request, accept);
    }

    public Task<TransportResponse> PostAsync(string json, string? accept = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8, "application/json") }, accept);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<TransportResponse> SendAsync(HttpRequestMessage request, string? accept)
    {
        using (request)
        {
            if (accept is not null)
            {
                request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
            }

            using var response = await Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new TransportResponse((int)response.StatusCode, response.Content.Headers.ContentType, body, response.Headers, response.Content.Headers);
        }
    }
}
