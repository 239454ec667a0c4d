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
    private readonly ConcurrentDictionary<OperationDefinitionNode, ExecutablePlan> _plans = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<OperationDefinitionNode, (IReadOnlyDictionary<string, object?> Variables, ExecutablePlan Plan)> _variablePlans =
        new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<OperationDefinitionNode, (IReadOnlyDictionary<string, object?> Variables, CostAnalysis Analysis)> _costs =
        new(ReferenceEqualityComparer.Instance);

    public DocumentNode Document { get; } = document;

    public IReadOnlyList<GraphQLError> ValidationErrors { get; } = validationErrors;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; } = OperationPlanner.IndexFragments(document);

    /// <summary>
    /// The plan of an operation: the cached one; for a plan shaped by variables, the last one when
    /// the variables hold the same scalar values; otherwise a new one.
    /// </summary>
    public ExecutablePlan GetPlan(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, ExecutorStatistics statistics)
    {
        if (_plans.TryGetValue(operation, out var cached))
        {
            statistics.CountPlanCacheHit();
            return cached;
        }

        // A plan shaped by @skip/@include variables holds for the same values: the last one is kept per operation.
        if (_variablePlans.TryGetValue(operation, out var last) && HaveSameScalarValues(last.Variables, variables))
        {
            statistics.CountPlanCacheHit();
            return last.Plan;
        }

        var plan = new ExecutablePlan(OperationPlanner.Plan(schema, operation, Fragments, variables));
        statistics.CountPlanBuilt();
        if (plan.Plan.DependsOnVariables)
        {
            _variablePlans[operation] = (variables, plan);
        }
        else
        {
            _plans.TryAdd(operation, plan);
        }

        return plan;
    }

    /// <summary>
    /// The cost of an operation (docs/conventions.md#cost). Only variable values (slicing arguments,
    /// costed inputs) can change it, so the last analysis of each operation is reused while the
    /// variables hold the same scalar values.
    /// </summary>
    public CostAnalysis GetCost(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, CostOptions options)
    {
        if (_costs.TryGetValue(operation, out var last) && HaveSameScalarValues(last.Variables, variables))
        {
            return last.Analysis;
        }

        var analysis = CostAnalyzer.Analyze(schema, operation, Fragments, variables, options);
        _costs[operation] = (variables, analysis);
        return analysis;
    }

    private static bool HaveSameScalarValues(IReadOnlyDictionary<string, object?> left, IReadOnlyDictionary<string, object?> right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        // Coerced variables are a Dictionary: enumerated as one, its enumerator is not boxed.
        if (left is Dictionary<string, object?> dictionary)
        {
            foreach (var (name, value) in dictionary)
            {
                if (!HasSameScalarValue(right, name, value))
                {
                    return false;
                }
            }

            return true;
        }

        return left.All(variable => HasSameScalarValue(right, variable.Key, variable.Value));
    }

    /// <summary>Whether <paramref name="variables"/> holds the same scalar value; lists and input objects are not compared (such requests are analysed again).</summary>
    private static bool HasSameScalarValue(IReadOnlyDictionary<string, object?> variables, string name, object? value) =>
        variables.TryGetValue(name, out var other)
        && value is null or string or bool or int or long or double or decimal or Enum
        && Equals(value, other);
}
