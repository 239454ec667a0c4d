namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>A resolver threw: completion reports it as <c>Unexpected Execution Error</c>.</summary>
internal sealed record ResolverFailure(Exception Exception);
