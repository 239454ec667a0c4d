using System.Globalization;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation.Cost;

/// <summary>
/// Costs of arguments and input values: each given argument or input field with <c>@cost</c>
/// adds its weight (filters and sorts: docs/conventions.md#cost-directives). Values passed as variables are
/// priced by the value actually given, not by the worst case of the input type.
/// </summary>
internal sealed partial class CostCalculator
{
    private double ArgumentsCost(FieldDefinition field, FieldNode node)
    {
        double cost = 0;
        foreach (var argument in node.Arguments)
        {
            if (field.Arguments.Find(argument.Name.Value) is not { } definition || argument.Value is NullValueNode)
            {
                continue;
            }

            cost += CostWeights.OfInputValue(definition) + LiteralCost(definition.Type, argument.Value);
        }

        return cost;
    }

    private double LiteralCost(GraphQLType type, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                return ValueCost(type, variables.GetValueOrDefault(variable.Name.Value));
            case ListValueNode list when type.NullableType is ListType listType:
                var listCost = list.Values.Count * options.ListInputItemCost;
                foreach (var item in list.Values)
                {
                    listCost += LiteralCost(listType.OfType, item);
                }

                return listCost;
            case ObjectValueNode obj when type.NullableType is ListType single:
                // One item where a list is expected counts as a list of one.
                return LiteralCost(single.OfType, obj);
            case ObjectValueNode obj when type.NamedType() is InputObjectType inputObject:
                double objectCost = 0;
                foreach (var field in obj.Fields)
                {
                    if (inputObject.Fields.Find(field.Name.Value) is { } definition && field.Value is not NullValueNode)
                    {
                        objectCost += CostWeights.OfInputValue(definition) + LiteralCost(definition.Type, field.Value);
                    }
                }

                return objectCost;
            default:
                return 0;
        }
    }

    private double ValueCost(GraphQLType type, object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case IReadOnlyDictionary<string, object?> fields when type.NamedType() is InputObjectType inputObject:
                double objectCost = 0;
                foreach (var (name, fieldValue) in fields)
                {
                    if (fieldValue is not null && inputObject.Fields.Find(name) is { } definition)
                    {
                        objectCost += CostWeights.OfInputValue(definition) + ValueCost(definition.Type, fieldValue);
                    }
                }

                return objectCost;
            case IReadOnlyList<object?> items when type.NullableType is ListType listType:
                var listCost = items.Count * options.ListInputItemCost;
                foreach (var item in items)
                {
                    listCost += ValueCost(listType.OfType, item);
                }

                return listCost;
            default:
                return type.NullableType is ListType single ? ValueCost(single.OfType, value) : 0;
        }
    }

    /// <summary>The value of a slicing argument as given (literal or variable); null when it is not given or null.</summary>
    private double? SlicingValue(FieldNode node, string argumentName)
    {
        foreach (var argument in node.Arguments)
        {
            if (argument.Name.Value == argumentName)
            {
                return argument.Value switch
                {
                    IntValueNode literal => NumberOf(literal),
                    VariableNode variable => NumberOf(variables.GetValueOrDefault(variable.Name.Value)),
                    _ => null,
                };
            }
        }

        return null;
    }

    /// <summary>The first default value declared on one of the slicing arguments, e.g. <c>first: Int = 10</c>.</summary>
    private static double? DeclaredSlicingDefault(FieldDefinition field, IReadOnlyList<string> slicingArguments)
    {
        foreach (var name in slicingArguments)
        {
            if (field.Arguments.Find(name)?.DefaultValue is IntValueNode literal && NumberOf(literal) is { } size)
            {
                return size;
            }
        }

        return null;
    }

    private static double? NumberOf(IntValueNode literal) =>
        double.TryParse(literal.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static double? NumberOf(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        decimal m => (double)m,
        _ => null,
    };
}
