using Microsoft.Extensions.Options;
using OpenIntegrationData.Api.Options;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>Binds and validates <see cref="DatabaseOptions"/>; shared by the web host and the <c>import</c> command.</summary>
internal static class DatabaseOptionsRegistration
{
    public static IServiceCollection AddDatabaseOptions(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? options.ConnectionString;
                options.OwnerConnectionString = NullIfBlank(configuration.GetConnectionString(DatabaseOptions.OwnerConnectionStringName) ?? options.OwnerConnectionString);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        return services;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
