using Microsoft.Extensions.Options;
using OpenIntegrationData.Api.Options;
using OpenIntegrationData.Api.Transport.PersistedOperations;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Validation.Cost;

namespace OpenIntegrationData.Api.Transport;

/// <summary>Registers and maps GraphQL over HTTP. The <see cref="Schema"/> comes from the container.</summary>
public static class GraphQLTransportRegistration
{
    /// <summary>Options (section <c>GraphQL</c>, validated at start), the request executor over the registered <see cref="Schema"/>, the endpoint.</summary>
    public static IHostApplicationBuilder AddGraphQLTransport(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<GraphQLTransportOptions>().BindConfiguration(GraphQLTransportOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphQLTransportOptions>, GraphQLTransportOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<GraphQLTransportOptions>>().Value;
            return new RequestExecutor(
                provider.GetRequiredService<Schema>(),
                new ExecutorOptions
                {
                    ExecutionTimeout = options.ExecutionTimeout,
                    IncludeExceptionDetails = options.IncludeExceptionDetails,
                    // The served schema may register its own cost limits (the open-data graph does).
                    Cost = provider.GetService<CostOptions>() ?? CostOptions.Default,
                    // The served graph may say what its resolvers' exceptions mean (the database is down, …).
                    ExceptionErrors = provider.GetService<Func<Exception, GraphQL.Errors.GraphQLError?>>(),
                });
        });
        services.AddPersistedOperationsAndHttpCache(builder.Configuration);
        services.AddSingleton<SchemaDownload>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        return builder;
    }

    /// <summary>Maps <c>{Path}</c>, <c>{Path}/</c> and every sub-path (HotChocolate's <c>/graphql/{**slug}</c>).</summary>
    public static IEndpointConventionBuilder MapGraphQL(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var path = app.Services.GetRequiredService<IOptions<GraphQLTransportOptions>>().Value.Path;

        // The endpoint (and with it the schema) is created on the first request, after the database has started.
        return app.Map(
            $"{path}/{{**slug}}",
            context => context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context));
    }
}
