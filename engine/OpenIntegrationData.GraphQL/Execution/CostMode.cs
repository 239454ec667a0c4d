namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>What the request wants to know about its cost (the <c>GraphQL-Cost</c> header, docs/conventions.md#cost-limits).</summary>
public enum CostMode
{
    /// <summary>Enforce the limits, report nothing.</summary>
    None,

    /// <summary>Execute and add <c>extensions.operationCost</c> (header value <c>report</c>).</summary>
    Report,

    /// <summary>Do not execute; answer with <c>extensions.operationCost</c> only (header value <c>validate</c>).</summary>
    ValidateOnly,
}
