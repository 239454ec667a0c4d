using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using OpenIntegrationData.Api.Transport.Caching;

namespace OpenIntegrationData.Api.Transport.PersistedOperations;

/// <summary>Registers trusted documents, the APQ store (shared through Redis when configured), entity tags and the response cache (sections under <c>GraphQL</c>).</summary>
internal static class PersistedOperationRegistration
{
    public static IServiceCollection AddPersistedOperationsAndHttpCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PersistedOperationOptions>().BindConfiguration(PersistedOperationOptions.Section);
        services.AddOptions<HttpCacheOptions>().BindConfiguration(HttpCacheOptions.Section);
        services.AddOptions<ResponseCacheOptions>().BindConfiguration(ResponseCacheOptions.Section);
        // A host with a database registers the version it reads first; a schema without one never changes its answers.
        services.TryAddSingleton(_ => ServedDataVersion.Unchanging());
        services.AddSingleton<ResponseTags>();
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<CachedCompression>();
        services.AddSingleton<TrustedDocumentStore>();
        services.AddSingleton<AutomaticPersistedQueryStore>();
        services.AddSingleton<PersistedOperationResolver>();

        // ConnectionStrings:Redis shares the automatic persisted queries between nodes (StackExchange.Redis syntax,
        // e.g. "127.0.0.1:6379"); the connection is retried in the background, so a missing Redis never stops a node.
        var redis = configuration.GetConnectionString("Redis");
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IConnectionMultiplexer>(_ =>
            {
                var options = ConfigurationOptions.Parse(redis);
                options.AbortOnConnectFail = false;
                options.ClientName ??= "OpenIntegrationData";
                return ConnectionMultiplexer.Connect(options);
            });
            services.AddSingleton(provider => new SharedPersistedQueryStore(
                provider.GetRequiredService<IConnectionMultiplexer>(),
                provider.GetRequiredService<IOptions<PersistedOperationOptions>>().Value,
                provider.GetRequiredService<ILogger<SharedPersistedQueryStore>>()));
        }
        return services;
    }
}
