using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.Data.Graph.Schema;

/// <summary>
/// Filter inputs (docs/conventions.md#filtering): <c>{Type}FilterInput</c> with <c>and</c>/<c>or</c>, one
/// operation input per scalar and enum, <c>ListFilterInputTypeOf…</c> for to-many relations and
/// <c>List…OperationFilterInput</c> for value lists — HotChocolate's names, field orders and costs.
/// </summary>
internal sealed partial class GraphSchemaFactory
{
    private void AddFilterInput(EntityDefinition entity)
    {
        var name = entity.FilterInputName;
        _builder.AddInputObjectType(name, t =>
        {
            t.Description($"Filters {Words(entity.ConnectionField)}: every field given must match; combine alternatives with `or`.");
            t.Field("and", $"[{name}!]", f => f.Description("All of these filters must match."));
            t.Field("or", $"[{name}!]", f => f.Description("At least one of these filters must match."));
            t.Field("id", GraphTypeNames.IdFilter, f => f.Description("Compares the global ID."));
            foreach (var column in entity.Columns.Where(static c => c.Filterable))
            {
                var type = column.Kind == ValueKind.LocalizedText
                    ? GraphTypeNames.LocalizedTextFilter
                    : EnsureOperationFilter(column.Kind, column.EnumName);
                t.Field(column.Name, type, f => f.Description(column.Description));
            }

            foreach (var list in entity.ValueLists)
            {
                t.Field(list.Name, EnsureValueListFilter(list), f => f.Description(list.Description));
            }

            foreach (var relation in entity.Relations.Where(static r => r.Filterable))
            {
                var target = OpenDataCatalog.Get(relation.Target);
                var type = relation.IsMany ? EnsureObjectListFilter(target) : target.FilterInputName;
                t.Field(relation.Name, type, f => f.Description(relation.Description));
            }
        });
    }

    private string EnsureOperationFilter(ValueKind kind, string? enumName)
    {
        var name = GraphTypeNames.OperationFilter(kind, enumName);
        if (!_operationFilters.Add(name))
        {
            return name;
        }

        var scalar = GraphTypeNames.ScalarName(kind, enumName);
        _builder.AddInputObjectType(name, t =>
        {
            switch (kind)
            {
                case ValueKind.String:
                    AddStringOperations(t, name);
                    break;
                case ValueKind.Boolean:
                    t.Description("Compares a yes/no value.");
                    Operation(t, "eq", "Boolean", "Equal to this value; null matches empty values.", 10);
                    Operation(t, "neq", "Boolean", "Not equal to this value; null matches values that are not empty.", 10);
                    break;
                case ValueKind.Enum:
                    t.Description($"Compares a {scalar} value.");
                    Operation(t, "eq", scalar, "Equal to this value; null matches empty values.", 10);
                    Operation(t, "neq", scalar, "Not equal to this value; null matches values that are not empty.", 10);
                    Operation(t, "in", $"[{scalar}!]", "One of these values.", 10);
                    Operation(t, "nin", $"[{scalar}!]", "None of these values.", 10);
                    break;
                default:
                    AddComparableOperations(t, scalar);
                    break;
            }
        });
        return name;
    }

    private static void AddStringOperations(InputObjectTypeBuilder t, string name)
    {
        t.Description("Compares a text. Comparisons are case-sensitive, as in HotChocolate, except `icontains` and `istartsWith`, which ignore case.");
        t.Field("and", $"[{name}!]", f => f.Description("All of these conditions must hold."));
        t.Field("or", $"[{name}!]", f => f.Description("At least one of these conditions must hold."));
        Operation(t, "eq", "String", "Equal to this text; null matches empty values.", 10);
        Operation(t, "neq", "String", "Not equal to this text; null matches values that are not empty.", 10);
        Operation(t, "contains", "String", "Contains this text.", 20);
        Operation(t, "ncontains", "String", "Does not contain this text.", 20);
        Operation(t, "icontains", "String", "Contains this text, ignoring case (\"ARMUT\" finds \"Kinderarmut\"). Not in HotChocolate, whose text operations are case-sensitive.", 20);
        Operation(t, "in", "[String]", "One of these texts (null in the list matches empty values).", 10);
        Operation(t, "nin", "[String]", "None of these texts.", 10);
        Operation(t, "startsWith", "String", "Starts with this text.", 20);
        Operation(t, "istartsWith", "String", "Starts with this text, ignoring case (\"köln\" finds \"Köln\"). Not in HotChocolate, whose text operations are case-sensitive.", 20);
        Operation(t, "nstartsWith", "String", "Does not start with this text.", 20);
        Operation(t, "endsWith", "String", "Ends with this text.", 20);
        Operation(t, "nendsWith", "String", "Does not end with this text.", 20);
    }

    private static void AddComparableOperations(InputObjectTypeBuilder t, string scalar)
    {
        t.Description($"Compares a {scalar} value.");
        Operation(t, "eq", scalar, "Equal to this value; null matches empty values.", 10);
        Operation(t, "neq", scalar, "Not equal to this value; null matches values that are not empty.", 10);
        Operation(t, "in", $"[{scalar}]", "One of these values (null in the list matches empty values).", 10);
        Operation(t, "nin", $"[{scalar}]", "None of these values.", 10);
        Operation(t, "gt", scalar, "Greater than this value.", 10);
        Operation(t, "ngt", scalar, "Not greater than this value (also matches empty values).", 10);
        Operation(t, "gte", scalar, "Greater than or equal to this value.", 10);
        Operation(t, "ngte", scalar, "Not greater than or equal to this value (also matches empty values).", 10);
        Operation(t, "lt", scalar, "Less than this value.", 10);
        Operation(t, "nlt", scalar, "Not less than this value (also matches empty values).", 10);
        Operation(t, "lte", scalar, "Less than or equal to this value.", 10);
        Operation(t, "nlte", scalar, "Not less than or equal to this value (also matches empty values).", 10);
    }

    private static void Operation(InputObjectTypeBuilder type, string name, string valueType, string description, double cost) =>
        type.Field(name, valueType, f => f.Description(description).Cost(cost));

    private string EnsureValueListFilter(ValueListDefinition list)
    {
        var name = GraphTypeNames.ValueListFilter(list.Kind, list.EnumName);
        if (!_valueListFilters.Add(name))
        {
            return name;
        }

        var element = EnsureOperationFilter(list.Kind, list.EnumName);
        _builder.AddInputObjectType(name, t => AddListOperations(t, element, "value"));
        return name;
    }

    private string EnsureObjectListFilter(EntityDefinition target)
    {
        var name = GraphTypeNames.ObjectListFilter(target);
        if (_objectListFilters.Add(name))
        {
            _builder.AddInputObjectType(name, t => AddListOperations(t, target.FilterInputName, Words(target.Name)));
        }

        return name;
    }

    private static void AddListOperations(InputObjectTypeBuilder t, string elementFilter, string element)
    {
        t.Description($"Filters a list by its items: `some`, `all` or `none` of the items match, or the list has `any` items.");
        Operation(t, "all", elementFilter, $"Every {element} in the list matches (true for an empty list).", 10);
        Operation(t, "none", elementFilter, $"No {element} in the list matches.", 10);
        Operation(t, "some", elementFilter, $"At least one {element} in the list matches.", 10);
        Operation(t, "any", "Boolean", "true: the list has at least one item; false: the list is empty.", 10);
    }
}
