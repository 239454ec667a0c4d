namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>How the executor calls a field resolver.</summary>
public enum FieldResolverKind
{
    /// <summary>Called once per parent object and returns the value at once.</summary>
    Sync,

    /// <summary>Called once per parent object and returns the value later; calls for one level run concurrently.</summary>
    Async,

    /// <summary>
    /// Called once per field and level with every parent that needs the field (breadth-first
    /// execution gathers them), so a data layer answers a whole level with one statement.
    /// </summary>
    Batch,
}
