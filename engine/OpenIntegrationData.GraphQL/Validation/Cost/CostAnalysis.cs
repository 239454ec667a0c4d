using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.GraphQL.Validation.Cost;

/// <summary>The measured cost of one operation and the errors it caused (HC0047, HC0082).</summary>
public sealed class CostAnalysis
{
    /// <summary>Creates a result.</summary>
    public CostAnalysis(double fieldCost, double typeCost, IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        FieldCost = fieldCost;
        TypeCost = typeCost;
        Errors = errors;
    }

    /// <summary>The sum of the weights of every field (and costed argument) the operation may resolve.</summary>
    public double FieldCost { get; }

    /// <summary>The sum of the weights of every object the operation may produce, the root included.</summary>
    public double TypeCost { get; }

    /// <summary>The errors; empty when the operation may run.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Whether the operation may run.</summary>
    public bool IsWithinLimits => Errors.Count == 0;
}
