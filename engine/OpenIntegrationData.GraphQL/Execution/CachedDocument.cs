using System.Collections.Concurrent;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Planning;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Validation.Cost;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// A parsed and validated document with its fragments and the plans of its operations, kept so
/// a repeated request skips parse, validate and (when variables do not shape it) planning.
/// </summary>
internal sealed class CachedDocument(DocumentNode document, IReadOnlyList<GraphQLError> validationErrors)
{
    private readonly ConcurrentDictionary<OperationDefinitionNode, OperationPlan> _plans = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<OperationDefinitionNode, CostAnalysis> _costs = new(ReferenceEqualityComparer.Instance);

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

    /// <summary>
    /// The cost of an operation (API-CONVENTIONS §5); kept when the operation declares no
    /// variables, since only variable values (slicing arguments) can change it.
    /// </summary>
    public CostAnalysis GetCost(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, CostOptions options)
    {
        if (operation.VariableDefinitions.Count > 0)
        {
            return CostAnalyzer.Analyze(schema, operation, Fragments, variables, options);
        }

        return _costs.GetOrAdd(operation, o => CostAnalyzer.Analyze(schema, o, Fragments, variables, options));
    }
}
