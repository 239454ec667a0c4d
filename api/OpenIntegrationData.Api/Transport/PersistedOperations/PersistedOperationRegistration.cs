using OpenIntegrationData.Api.Transport.Caching;

namespace OpenIntegrationData.Api.Transport.PersistedOperations;

/// <summary>Registers trusted documents, the APQ store and the HTTP cache options (sections under <c>GraphQL</c>).</summary>
internal static class PersistedOperationRegistration
{
    public static IServiceCollection AddPersistedOperationsAndHttpCache(this IServiceCollection services)
    {
        services.AddOptions<PersistedOperationOptions>().BindConfiguration(PersistedOperationOptions.Section);
        services.AddOptions<HttpCacheOptions>().BindConfiguration(HttpCacheOptions.Section);
        services.AddSingleton<TrustedDocumentStore>();
        services.AddSingleton<AutomaticPersistedQueryStore>();
        services.AddSingleton<PersistedOperationResolver>();
        return services;
    }
}
