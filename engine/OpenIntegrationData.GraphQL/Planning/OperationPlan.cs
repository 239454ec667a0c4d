using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Planning;

/// <summary>
/// The plan of one operation: the root type and the root selection set, from which every
/// level's grouped field sets follow. Immutable and shareable between requests unless
/// <see cref="DependsOnVariables"/> (then it was planned for one request's variable values).
/// </summary>
public sealed class OperationPlan
{
    internal OperationPlan(
        OperationDefinitionNode operation,
        ObjectType rootType,
        PlannedSelectionSet rootSelectionSet,
        bool dependsOnVariables)
    {
        Operation = operation;
        RootType = rootType;
        RootSelectionSet = rootSelectionSet;
        DependsOnVariables = dependsOnVariables;
    }

    /// <summary>The operation definition.</summary>
    public OperationDefinitionNode Operation { get; }

    /// <summary>Query, mutation or subscription.</summary>
    public OperationType OperationType => Operation.Operation;

    /// <summary>The root object type.</summary>
    public ObjectType RootType { get; }

    /// <summary>The root selection set.</summary>
    public PlannedSelectionSet RootSelectionSet { get; }

    /// <summary>The root fields in response order.</summary>
    public IReadOnlyList<PlannedField> RootFields => RootSelectionSet.GetFields(RootType).Fields;

    /// <summary>
    /// Whether <c>@skip</c> or <c>@include</c> read a variable somewhere in the operation, so the
    /// field sets differ with the variable values and the plan cannot be reused by other requests.
    /// </summary>
    public bool DependsOnVariables { get; }
}
