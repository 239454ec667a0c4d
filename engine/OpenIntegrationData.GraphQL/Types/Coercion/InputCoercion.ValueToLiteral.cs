using System.Collections;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Coercion;

/// <summary>The literal for a runtime value (graphql-js <c>astFromValue</c>), used to print default values.</summary>
public static partial class InputCoercion
{
    /// <summary>
    /// The literal that coerces back to <paramref name="runtimeValue"/> for <paramref name="type"/>,
    /// or null when the value cannot be represented (e.g. null for a non-null type). Enum values
    /// may be given as runtime values or names; input objects as string-keyed maps.
    /// </summary>
    public static ValueNode? ValueToLiteral(object? runtimeValue, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (runtimeValue is ValueNode literal)
        {
            return literal;
        }

        if (type is NonNullType nonNull)
        {
            var inner = ValueToLiteral(runtimeValue, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (runtimeValue is null)
        {
            return new NullValueNode();
        }

        return type switch
        {
            ListType list => ListToLiteral(runtimeValue, list),
            InputObjectType inputObject => ObjectToLiteral(runtimeValue, inputObject),
            LeafType leaf => leaf.ValueToLiteral(runtimeValue),
            _ => null,
        };
    }

    private static ValueNode? ListToLiteral(object value, ListType list)
    {
        if (value is string or IReadOnlyDictionary<string, object?> || value is not IEnumerable items)
        {
            return ValueToLiteral(value, list.OfType);
        }

        var literals = new List<ValueNode>();
        foreach (var item in items)
        {
            if (ValueToLiteral(item, list.OfType) is not { } itemLiteral)
            {
                return null;
            }

            literals.Add(itemLiteral);
        }

        return new ListValueNode(literals);
    }

    private static ObjectValueNode? ObjectToLiteral(object value, InputObjectType type)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            return null;
        }

        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                continue;
            }

            if (ValueToLiteral(fieldValue, field.Type) is not { } fieldLiteral)
            {
                return null;
            }

            fields.Add(new ObjectFieldNode(new NameNode(field.Name), fieldLiteral));
        }

        return new ObjectValueNode(fields);
    }
}
