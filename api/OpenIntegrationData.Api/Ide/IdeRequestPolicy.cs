using Microsoft.AspNetCore.Routing.Matching;

namespace OpenIntegrationData.Api.Ide;

/// <summary>
/// Lets the IDE's endpoint match only the requests it answers (<see cref="IdeRequest.Classify"/>). The IDE's
/// endpoint has the same route as the GraphQL endpoint and a lower order, so it wins when it is valid;
/// every other request on the route (POST, GraphQL over GET, <c>?sdl</c>, unknown files) goes to the transport.
/// </summary>
internal sealed class IdeRequestPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(endpoint => endpoint.Metadata.GetMetadata<IdeEndpointMetadata>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i) || candidates[i].Endpoint.Metadata.GetMetadata<IdeEndpointMetadata>() is null)
            {
                continue;
            }

            var slug = candidates[i].Values?["slug"] as string;
            var files = httpContext.RequestServices.GetRequiredService<IdeFiles>();
            candidates.SetValidity(i, IdeRequest.Classify(httpContext.Request, slug, files) != IdeAnswer.None);
        }

        return Task.CompletedTask;
    }
}
