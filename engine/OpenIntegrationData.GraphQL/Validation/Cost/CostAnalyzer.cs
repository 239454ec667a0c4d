using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation.Cost;

/// <summary>
/// Static cost analysis of an operation with HotChocolate 15's <c>@cost</c>/<c>@listSize</c>
/// semantics (IBM GraphQL cost directive specification; docs/conventions.md#cost), run after
/// validation once the variables are coerced.
/// </summary>
/// <remarks>
/// Field cost: every field's weight times the number of parent objects it is resolved for,
/// plus the weights of the costed arguments and input fields given to it. Type cost: every
/// object the operation may produce times its type's weight, the root object included. A list
/// field multiplies its children by its size: the value of its slicing argument (a literal or a
/// variable), else <c>slicingArgumentDefaultValue</c>, else <c>assumedSize</c>, else 1; with
/// <c>sizedFields</c> the size applies to those sub-fields (a connection's <c>edges</c> and
/// <c>nodes</c>) instead. Fragments are expanded; introspection fields cost nothing.
/// </remarks>
public static class CostAnalyzer
{
    /// <summary>Measures an operation; errors are HC0082 (slicing arguments) and HC0047 (limits, when enforced).</summary>
    public static CostAnalysis Analyze(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> coercedVariables,
        CostOptions options)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(fragments);
        ArgumentNullException.ThrowIfNull(coercedVariables);
        ArgumentNullException.ThrowIfNull(options);
        if (schema.GetRootType(operation.Operation) is not { } rootType)
        {
            return new CostAnalysis(0, 0, []);
        }

        var calculator = new CostCalculator(schema, fragments, coercedVariables, options);
        calculator.AddRoot(rootType, operation.SelectionSet);
        var errors = new List<Errors.GraphQLError>(calculator.Errors);
        if (errors.Count == 0 && options.EnforceCostLimits)
        {
            // HotChocolate checks the field cost first and reports one limit.
            if (calculator.FieldCost > options.MaxFieldCost)
            {
                errors.Add(ValidationErrors.FieldCostExceeded(calculator.FieldCost, options.MaxFieldCost));
            }
            else if (calculator.TypeCost > options.MaxTypeCost)
            {
                errors.Add(ValidationErrors.TypeCostExceeded(calculator.TypeCost, options.MaxTypeCost));
            }
        }

        return new CostAnalysis(calculator.FieldCost, calculator.TypeCost, errors);
    }
}
