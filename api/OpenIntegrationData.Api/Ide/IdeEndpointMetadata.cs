namespace OpenIntegrationData.Api.Ide;

/// <summary>Marks the IDE's endpoint, which shares its route with GraphQL over HTTP (see <see cref="IdeRequestPolicy"/>).</summary>
internal sealed class IdeEndpointMetadata;
