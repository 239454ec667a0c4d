using System.Collections.Concurrent;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Planning;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// A parsed and validated document with its fragments and the plans of its operations, kept so
/// a repeated request skips parse, validate and (when variables do not shape it) planning.
/// </summary>
internal sealed class CachedDocument(DocumentNode document, IReadOnlyList<GraphQLError> validationErrors)
{
    private readonly ConcurrentDictionary<OperationDefinitionNode, OperationPlan> _plans = new(ReferenceEqualityComparer.Instance);

    public DocumentNode Document { get; } = document;

    public IReadOnlyList<GraphQLError> ValidationErrors { get; } = validationErrors;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; } = OperationPlanner.IndexFragments(document);

    /// <summary>The plan of an operation: the cached one, or a new one that is cached unless variables shaped it.</summary>
    public OperationPlan GetPlan(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, ExecutorStatistics statistics)
    {
        if (_plans.TryGetValue(operation, out var cached))
        {
            statistics.CountPlanCacheHit();
            return cached;
        }

        var plan = OperationPlanner.Plan(schema, operation, Fragments, variables);
        statistics.CountPlanBuilt();
        if (!plan.DependsOnVariables)
        {
            _plans.TryAdd(operation, plan);
        }

        return plan;
    }
}
