using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>Whether two fields are given the same arguments (spec SameArguments via FieldsInSetCanMerge).</summary>
internal static class FieldArguments
{
    public static bool AreSame(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            var argument2 = Find(arguments2, argument1.Name.Value);
            if (argument2 is null || !AreSameValue(argument1.Value, argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Literal equality; input object fields may come in any order.</summary>
    private static bool AreSameValue(ValueNode value1, ValueNode value2)
    {
        switch (value1)
        {
            case VariableNode variable1:
                return value2 is VariableNode variable2 && variable1.Name.Value == variable2.Name.Value;
            case IntValueNode int1:
                return value2 is IntValueNode int2 && int1.Value == int2.Value;
            case FloatValueNode float1:
                return value2 is FloatValueNode float2 && float1.Value == float2.Value;
            case StringValueNode string1:
                return value2 is StringValueNode string2 && string1.Value == string2.Value && string1.Block == string2.Block;
            case BooleanValueNode bool1:
                return value2 is BooleanValueNode bool2 && bool1.Value == bool2.Value;
            case EnumValueNode enum1:
                return value2 is EnumValueNode enum2 && enum1.Value == enum2.Value;
            case NullValueNode:
                return value2 is NullValueNode;
            case ListValueNode list1:
                return value2 is ListValueNode list2 && AreSameItems(list1.Values, list2.Values);
            case ObjectValueNode object1:
                return value2 is ObjectValueNode object2 && AreSameFields(object1.Fields, object2.Fields);
            default:
                return false;
        }
    }

    private static bool AreSameItems(IReadOnlyList<ValueNode> items1, IReadOnlyList<ValueNode> items2)
    {
        if (items1.Count != items2.Count)
        {
            return false;
        }

        for (var i = 0; i < items1.Count; i++)
        {
            if (!AreSameValue(items1[i], items2[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AreSameFields(IReadOnlyList<ObjectFieldNode> fields1, IReadOnlyList<ObjectFieldNode> fields2)
    {
        if (fields1.Count != fields2.Count)
        {
            return false;
        }

        foreach (var field1 in fields1)
        {
            ObjectFieldNode? match = null;
            foreach (var field2 in fields2)
            {
                if (field2.Name.Value == field1.Name.Value)
                {
                    match = field2;
                    break;
                }
            }

            if (match is null || !AreSameValue(field1.Value, match.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument;
            }
        }

        return null;
    }
}
