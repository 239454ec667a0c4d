using System.Collections;
using System.Globalization;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>
/// Conversions between literals and untyped values, used where no input type guides the
/// conversion: writing a serialized leaf value as a literal, or reading a literal of a
/// pass-through scalar (graphql-js <c>valueFromASTUntyped</c>).
/// </summary>
public static class LiteralValues
{
    /// <summary>
    /// The literal for an external value (null, bool, string, integer or floating number,
    /// list, string-keyed map); null when the value has no literal form.
    /// </summary>
    public static ValueNode? FromExternal(object? value)
    {
        switch (value)
        {
            case null:
                return new NullValueNode();
            case ValueNode literal:
                return literal;
            case string text:
                return new StringValueNode(text, block: false);
            case bool flag:
                return new BooleanValueNode(flag);
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                return new IntValueNode(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
            case double or float or decimal:
                return FromNumber(value);
            case Enum enumValue:
                return new EnumValueNode(enumValue.ToString());
            case IReadOnlyDictionary<string, object?> map:
                return FromMap(map);
            case IEnumerable items:
                return FromList(items);
            default:
                return null;
        }
    }

    /// <summary>
    /// The untyped value of a literal: Int → int (long when larger), Float → double, String and
    /// enum → string, list → list, object → map. Variables are looked up in <paramref name="variables"/>.
    /// </summary>
    public static object? ToUntyped(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        switch (literal)
        {
            case NullValueNode:
                return null;
            case IntValueNode integer:
                return int.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)
                    ? small
                    : long.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large)
                        ? large
                        : double.Parse(integer.Value, CultureInfo.InvariantCulture);
            case FloatValueNode number:
                return double.Parse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode text:
                return text.Value;
            case BooleanValueNode flag:
                return flag.Value;
            case EnumValueNode enumValue:
                return enumValue.Value;
            case VariableNode variable:
                return variables?.GetValueOrDefault(variable.Name.Value);
            case ListValueNode list:
                return list.Values.Select(item => ToUntyped(item, variables)).ToArray();
            case ObjectValueNode obj:
                return ToUntypedMap(obj, variables);
            default:
                throw new ArgumentOutOfRangeException(nameof(literal), literal.Kind, "Not a value literal.");
        }
    }

    private static ValueNode FromNumber(object value)
    {
        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        if (value is decimal exact)
        {
            return exact == decimal.Truncate(exact)
                ? new IntValueNode(decimal.Truncate(exact).ToString(CultureInfo.InvariantCulture))
                : new FloatValueNode(exact.ToString(CultureInfo.InvariantCulture));
        }

        // Like graphql-js, a whole number is written as an Int literal (1.0 prints as 1).
        if (double.IsInteger(number) && Math.Abs(number) < 1e21)
        {
            return new IntValueNode(number.ToString("F0", CultureInfo.InvariantCulture));
        }

        return new FloatValueNode(number.ToString("R", CultureInfo.InvariantCulture));
    }

    private static ObjectValueNode? FromMap(IReadOnlyDictionary<string, object?> map)
    {
        var fields = new List<ObjectFieldNode>(map.Count);
        foreach (var (key, item) in map)
        {
            if (FromExternal(item) is not { } literal)
            {
                return null;
            }

            fields.Add(new ObjectFieldNode(new NameNode(key), literal));
        }

        return new ObjectValueNode(fields);
    }

    private static ListValueNode? FromList(IEnumerable items)
    {
        var values = new List<ValueNode>();
        foreach (var item in items)
        {
            if (FromExternal(item) is not { } literal)
            {
                return null;
            }

            values.Add(literal);
        }

        return new ListValueNode(values);
    }

    private static Dictionary<string, object?> ToUntypedMap(ObjectValueNode obj, IReadOnlyDictionary<string, object?>? variables)
    {
        var map = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            map[field.Name.Value] = ToUntyped(field.Value, variables);
        }

        return map;
    }
}
