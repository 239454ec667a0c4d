namespace OpenIntegrationData.Api.Ide;

/// <summary>What the IDE does with a request on the GraphQL route, in the order of HotChocolate's tool middleware.</summary>
internal enum IdeAnswer
{
    /// <summary>Not an IDE request: GraphQL over HTTP (or its 404) answers.</summary>
    None,

    /// <summary><c>/graphql</c> from a browser: 301 to <c>/graphql/</c> so the app's relative asset URLs resolve.</summary>
    RedirectToSlash,

    /// <summary><c>/graphql/</c> from a browser: the app's <c>index.html</c>.</summary>
    Index,

    /// <summary><c>/graphql/bcp-config.json</c> (BCP 18) or <c>/graphql/nitro-config.json</c> (HotChocolate 14/15 name).</summary>
    Config,

    /// <summary><c>/graphql/service-worker.js</c>: ours, not the package's (<see cref="IdeServiceWorker"/>).</summary>
    ServiceWorker,

    /// <summary>One of the app's static files.</summary>
    StaticFile,
}
