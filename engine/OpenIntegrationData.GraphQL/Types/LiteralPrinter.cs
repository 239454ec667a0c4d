using System.Text;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>
/// Prints value literals on one line. The compact style matches graphql-js <c>print</c> and is
/// used in error messages (<c>[1, 2]</c>, <c>{a: 1}</c>); the spaced style matches HotChocolate's
/// SDL printer (<c>[ "first", "last" ]</c>, <c>{ a: 1 }</c>).
/// </summary>
internal static class LiteralPrinter
{
    /// <summary>The literal in graphql-js style.</summary>
    public static string Print(ValueNode literal) => Print(literal, spaced: false);

    /// <summary>The literal in the given style.</summary>
    public static string Print(ValueNode literal, bool spaced)
    {
        var builder = new StringBuilder();
        Append(builder, literal, spaced);
        return builder.ToString();
    }

    /// <summary>A quoted GraphQL string, escaped as everywhere else (<see cref="SyntaxPrinter.PrintString"/>).</summary>
    public static string Quote(string value) => SyntaxPrinter.PrintString(value);

    private static void Append(StringBuilder builder, ValueNode literal, bool spaced)
    {
        switch (literal)
        {
            case IntValueNode integer:
                builder.Append(integer.Value);
                break;
            case FloatValueNode number:
                builder.Append(number.Value);
                break;
            case StringValueNode text:
                // Block strings too print quoted on one line, as graphql-js prints a default value.
                SyntaxPrinter.WriteString(builder, text.Value);
                break;
            case BooleanValueNode flag:
                builder.Append(flag.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode enumValue:
                builder.Append(enumValue.Value);
                break;
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case ListValueNode list:
                AppendList(builder, list, spaced);
                break;
            case ObjectValueNode obj:
                AppendObject(builder, obj, spaced);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(literal), literal.Kind, "Not a value literal.");
        }
    }

    private static void AppendList(StringBuilder builder, ListValueNode list, bool spaced)
    {
        builder.Append(spaced ? "[ " : "[");
        for (var i = 0; i < list.Values.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ");
            Append(builder, list.Values[i], spaced);
        }

        builder.Append(spaced ? " ]" : "]");
    }

    private static void AppendObject(StringBuilder builder, ObjectValueNode obj, bool spaced)
    {
        if (obj.Fields.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        builder.Append(spaced ? "{ " : "{");
        for (var i = 0; i < obj.Fields.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(obj.Fields[i].Name.Value).Append(": ");
            Append(builder, obj.Fields[i].Value, spaced);
        }

        builder.Append(spaced ? " }" : "}");
    }
}
