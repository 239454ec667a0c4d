using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIntegrationData.Api.Options;

namespace OpenIntegrationData.Api.Ide;

/// <summary>Registers and maps the Banana Cake Pop IDE on the GraphQL route (docs/conventions.md#ide).</summary>
public static class IdeRegistration
{
    /// <summary>Options (section <c>Ide</c>), the files on disk, the page, the config document, our service worker, the route policy.</summary>
    public static IHostApplicationBuilder AddBananaCakePop(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<IdeOptions>().BindConfiguration(IdeOptions.Section);
        services.AddSingleton<IdeFiles>();
        services.AddSingleton<IdeAssetManifest>();
        services.AddSingleton<IdeIndexPage>();
        services.AddSingleton<IdeConfig>();
        services.AddSingleton<IdeServiceWorker>();
        services.AddSingleton<IdeEndpoint>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, IdeRequestPolicy>());
        return builder;
    }

    /// <summary>
    /// Maps the IDE on <c>{GraphQL path}/{**slug}</c>, the GraphQL endpoint's own route, ahead of it (order -1):
    /// <see cref="IdeRequestPolicy"/> lets it match browser requests for the app only. Nothing is mapped when disabled.
    /// </summary>
    public static WebApplication MapBananaCakePop(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<IdeOptions>>().Value.Enable)
        {
            return app;
        }

        var path = app.Services.GetRequiredService<IOptions<GraphQLTransportOptions>>().Value.Path;
        var files = app.Services.GetRequiredService<IdeFiles>();
        if (!files.AreInstalled)
        {
            app.Logger.LogWarning("The IDE's files are missing (expected in {Folder}); /graphql serves no IDE. Build the API to install them.", app.Services.GetRequiredService<IOptions<IdeOptions>>().Value.FilesFolder);
        }

        app.Map($"{path}/{{**slug}}", context => context.RequestServices.GetRequiredService<IdeEndpoint>().HandleAsync(context))
            .WithOrder(-1)
            .WithMetadata(new IdeEndpointMetadata())
            .WithDisplayName("Banana Cake Pop");
        return app;
    }
}
