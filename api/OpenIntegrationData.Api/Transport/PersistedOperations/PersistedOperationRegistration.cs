using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenIntegrationData.Api.Transport.Caching;

namespace OpenIntegrationData.Api.Transport.PersistedOperations;

/// <summary>Registers trusted documents, the APQ store, entity tags and the response cache (sections under <c>GraphQL</c>).</summary>
internal static class PersistedOperationRegistration
{
    public static IServiceCollection AddPersistedOperationsAndHttpCache(this IServiceCollection services)
    {
        services.AddOptions<PersistedOperationOptions>().BindConfiguration(PersistedOperationOptions.Section);
        services.AddOptions<HttpCacheOptions>().BindConfiguration(HttpCacheOptions.Section);
        services.AddOptions<ResponseCacheOptions>().BindConfiguration(ResponseCacheOptions.Section);
        // A host with a database registers the version it reads first; a schema without one never changes its answers.
        services.TryAddSingleton(_ => ServedDataVersion.Unchanging());
        services.AddSingleton<ResponseTags>();
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<TrustedDocumentStore>();
        services.AddSingleton<AutomaticPersistedQueryStore>();
        services.AddSingleton<PersistedOperationResolver>();
        return services;
    }
}
