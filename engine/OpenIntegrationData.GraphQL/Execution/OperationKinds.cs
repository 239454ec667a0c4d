namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>The operation kinds a request may run (GraphQL over GET allows queries only).</summary>
[Flags]
public enum OperationKinds
{
    /// <summary>No operation.</summary>
    None = 0,

    /// <summary>Queries.</summary>
    Query = 1,

    /// <summary>Mutations.</summary>
    Mutation = 2,

    /// <summary>Subscriptions (the engine rejects them in any case).</summary>
    Subscription = 4,

    /// <summary>Every kind.</summary>
    All = Query | Mutation | Subscription,
}
