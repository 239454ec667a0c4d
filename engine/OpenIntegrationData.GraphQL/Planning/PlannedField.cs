using System.Text.Json;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Planning;

/// <summary>
/// One entry of a grouped field set (spec 6.3.2 CollectFields): a response key, the field
/// definition it selects on one object type, every field node merged under that key, the
/// arguments, and — for fields of object, interface or union type — the merged sub-selection.
/// A data resolver reads it to know which columns and nested levels are asked for.
/// </summary>
public sealed class PlannedField
{
    private IReadOnlyList<ErrorLocation>? _locations;

    internal PlannedField(
        string responseName,
        FieldDefinition definition,
        ObjectType parentType,
        IReadOnlyList<FieldNode> nodes,
        int index,
        PlannedSelectionSet? selectionSet,
        ArgumentValues? constantArguments,
        MetaField metaField,
        int ordinal)
    {
        ResponseName = responseName;
        Name = definition.Name;
        Type = definition.Type;
        EncodedResponseName = JsonEncodedText.Encode(responseName, ResponseJson.Encoder);
        Definition = definition;
        ParentType = parentType;
        Nodes = nodes;
        Index = index;
        SelectionSet = selectionSet;
        ConstantArguments = constantArguments;
        MetaField = metaField;
        Ordinal = ordinal;
    }

    /// <summary>The key in the response: the alias, or the field name.</summary>
    public string ResponseName { get; }

    /// <summary>
    /// The response name as UTF-8 JSON, encoded once with the plan rather than in every response
    /// (with <see cref="ResponseJson.Encoder"/>, the result writer's encoder, so both always agree).
    /// </summary>
    internal JsonEncodedText EncodedResponseName { get; }

    /// <summary>The selected field.</summary>
    public FieldDefinition Definition { get; }

    /// <summary>The field name (not the alias).</summary>
    public string Name { get; }

    /// <summary>The object type the field is selected on.</summary>
    public ObjectType ParentType { get; }

    /// <summary>The field's output type.</summary>
    public GraphQLType Type { get; }

    /// <summary>Every field node merged under this response key, in document order.</summary>
    public IReadOnlyList<FieldNode> Nodes { get; }

    /// <summary>The first field node, whose arguments count (validation makes them agree).</summary>
    public FieldNode Node => Nodes[0];

    /// <summary>The position of the field in its grouped field set, which is its position in the response.</summary>
    public int Index { get; }

    /// <summary>The merged sub-selection (spec 6.4.3 MergeSelectionSets); null for scalar and enum fields.</summary>
    public PlannedSelectionSet? SelectionSet { get; }

    /// <summary>
    /// Whether an argument refers to a variable; then the coerced values differ per request and
    /// are read through the executor's field context (<c>FieldContext.GetArguments</c>).
    /// </summary>
    public bool HasVariableArguments => ConstantArguments is null;

    /// <summary>The document locations of the field, for errors.</summary>
    public IReadOnlyList<ErrorLocation> Locations => _locations ??= GraphQLError.LocationsOf(Node);

    /// <summary>The arguments coerced once at planning time, when no variable is involved.</summary>
    internal ArgumentValues? ConstantArguments { get; }

    internal MetaField MetaField { get; }

    /// <summary>
    /// The field's number within its operation plan (0, 1, 2, … in planning order). The executor binds
    /// resolvers by it, so planning needs to know nothing of resolvers.
    /// </summary>
    internal int Ordinal { get; }

    /// <inheritdoc />
    public override string ToString() => ResponseName == Name ? Definition.Coordinate : $"{ResponseName}: {Definition.Coordinate}";
}
