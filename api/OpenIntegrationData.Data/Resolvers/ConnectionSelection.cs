using OpenIntegrationData.GraphQL.Planning;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>
/// What a query selects of a connection: whether rows are needed at all, whether to count, and
/// the fields of the items (merged from <c>nodes</c> and <c>edges.node</c>).
/// </summary>
internal sealed class ConnectionSelection
{
    private ConnectionSelection(bool needsRows, bool needsCount, IReadOnlyCollection<PlannedField> nodeFields)
    {
        NeedsRows = needsRows;
        NeedsCount = needsCount;
        NodeFields = nodeFields;
    }

    /// <summary>edges, nodes or pageInfo is selected, so the page query runs.</summary>
    public bool NeedsRows { get; }

    /// <summary>totalCount is selected, so the count query runs.</summary>
    public bool NeedsCount { get; }

    /// <summary>The item fields selected, under <c>nodes</c> and <c>edges.node</c> together.</summary>
    public IReadOnlyCollection<PlannedField> NodeFields { get; }

    /// <summary>What <paramref name="connectionField"/> selects, read once per plan.</summary>
    public static ConnectionSelection Read(PlannedField connectionField) =>
        PlanMemo<PlannedField, ConnectionSelection>.Get(connectionField, Derive);

    private static ConnectionSelection Derive(PlannedField connectionField)
    {
        var fields = connectionField.SelectionSet?.Fields ?? [];
        var nodeFields = new List<PlannedField>();
        var needsRows = false;
        var needsCount = false;
        foreach (var field in fields)
        {
            switch (field.Name)
            {
                case "totalCount":
                    needsCount = true;
                    break;
                case "pageInfo":
                    needsRows = true;
                    break;
                case "nodes":
                    needsRows = true;
                    AddFields(nodeFields, field.SelectionSet);
                    break;
                case "edges":
                    needsRows = true;
                    foreach (var edgeField in field.SelectionSet?.Fields ?? [])
                    {
                        if (edgeField.Name == "node")
                        {
                            AddFields(nodeFields, edgeField.SelectionSet);
                        }
                    }

                    break;
            }
        }

        return new ConnectionSelection(needsRows, needsCount, nodeFields);
    }

    /// <summary>The fields selected on an object of <paramref name="type"/> (for interface selections such as <c>node</c>).</summary>
    public static IReadOnlyCollection<PlannedField> FieldsOf(PlannedSelectionSet? selection, ObjectType type) =>
        selection is null ? [] : selection.GetFields(type).Fields;

    private static void AddFields(List<PlannedField> fields, PlannedSelectionSet? selection) =>
        fields.AddRange(selection?.Fields ?? []);
}
