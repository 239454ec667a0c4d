using OpenIntegrationData.GraphQL.Introspection;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Planning;

/// <summary>
/// Turns a validated operation into an <see cref="OperationPlan"/>: field collection with
/// fragments and <c>@skip</c>/<c>@include</c> (spec 6.3.2), merged sub-selections (6.4.3),
/// field definitions including the introspection meta-fields, and arguments coerced
/// once when they use no variable (6.4.1).
/// </summary>
public sealed partial class OperationPlanner
{
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>().AsReadOnly();

    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private int _fieldCount;

    private OperationPlanner(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables)
    {
        Schema = schema;
        _fragments = fragments;
        _variables = variables;
    }

    internal Schema Schema { get; }

    /// <summary>
    /// Plans <paramref name="operation"/>. <paramref name="variables"/> are the coerced variable
    /// values; they matter only when <c>@skip</c>/<c>@include</c> read a variable (see
    /// <see cref="OperationPlan.DependsOnVariables"/>), otherwise the plan holds for any values.
    /// </summary>
    /// <exception cref="ArgumentException">When the schema has no root type for the operation.</exception>
    public static OperationPlan Plan(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(fragments);
        var rootType = schema.GetRootType(operation.Operation)
            ?? throw new ArgumentException($"The schema has no root type for {operation.Operation} operations.", nameof(operation));
        var dependsOnVariables = UsesConditionalVariables(operation.SelectionSet, fragments);
        var planner = new OperationPlanner(schema, fragments, dependsOnVariables ? variables ?? NoVariables : NoVariables);
        var root = new PlannedSelectionSet(planner, rootType, [operation.SelectionSet]);
        return new OperationPlan(operation, rootType, root, dependsOnVariables);
    }

    /// <summary>The fragment definitions of a document by name (the first of a name wins; validation reports duplicates).</summary>
    public static IReadOnlyDictionary<string, FragmentDefinitionNode> IndexFragments(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        return fragments;
    }

    private PlannedField? PlanField(ObjectType objectType, string responseName, List<FieldNode> nodes, int index)
    {
        var first = nodes[0];
        var (definition, metaField) = FindFieldDefinition(objectType, first.Name.Value);
        if (definition is null)
        {
            // Validation rejects unknown fields; a field that cannot be planned is left out.
            return null;
        }

        var namedType = definition.Type.NamedType();
        var selectionSet = namedType.IsCompositeType ? new PlannedSelectionSet(this, namedType, SelectionSetsOf(nodes)) : null;
        var constantArguments = ArgumentCoercion.UsesVariables(first)
            ? null
            : ArgumentCoercion.CoerceArgumentValues(definition.Arguments, first, NoVariables);
        return new PlannedField(
            responseName, definition, objectType, nodes, index, selectionSet, constantArguments, metaField,
            ordinal: Interlocked.Increment(ref _fieldCount) - 1); // Field sets of abstract types are planned lazily, maybe concurrently.
    }

    private (FieldDefinition? Definition, MetaField MetaField) FindFieldDefinition(ObjectType objectType, string fieldName)
    {
        if (fieldName == IntrospectionFields.TypeName.Name)
        {
            return (IntrospectionFields.TypeName, MetaField.TypeName);
        }

        if (ReferenceEquals(objectType, Schema.QueryType))
        {
            if (fieldName == IntrospectionFields.Schema.Name)
            {
                return (IntrospectionFields.Schema, MetaField.None);
            }

            if (fieldName == IntrospectionFields.Type.Name)
            {
                return (IntrospectionFields.Type, MetaField.None);
            }
        }

        return (objectType.FindField(fieldName), MetaField.None);
    }

    private static SelectionSetNode[] SelectionSetsOf(List<FieldNode> nodes)
    {
        var selectionSets = new List<SelectionSetNode>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is not null)
            {
                selectionSets.Add(node.SelectionSet);
            }
        }

        return [.. selectionSets];
    }
}
