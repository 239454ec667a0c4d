using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenIntegrationData.GraphQL.Utilities;

/// <summary>
/// Renders a runtime or external value for an error message the way graphql-js <c>inspect</c>
/// does: strings JSON-quoted, lists as <c>[1, 2]</c>, objects as <c>{ a: 1 }</c>, nesting cut
/// off after two levels.
/// </summary>
public static class ValueInspector
{
    private const int MaxDepth = 2;

    // Quotes as JSON.stringify does: \" rather than the HTML-safe \u0022.
    private static readonly JsonSerializerOptions StringOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The value rendered for a message.</summary>
    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string text:
                builder.Append(JsonSerializer.Serialize(text, StringOptions));
                return;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                return;
            case double number:
                builder.Append(FormatDouble(number));
                return;
            case float number:
                builder.Append(FormatDouble(number));
                return;
            case IFormattable formattable when value.GetType().IsPrimitive || value is decimal:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case IReadOnlyDictionary<string, object?> map:
                AppendObject(builder, map, depth);
                return;
            case IEnumerable items and not string:
                AppendList(builder, items, depth);
                return;
            default:
                builder.Append(value.ToString());
                return;
        }
    }

    private static string FormatDouble(double number) => number switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => number.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal),
    };

    private static void AppendObject(StringBuilder builder, IReadOnlyDictionary<string, object?> map, int depth)
    {
        if (map.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        if (depth >= MaxDepth)
        {
            builder.Append("[Object]");
            return;
        }

        builder.Append("{ ");
        var first = true;
        foreach (var (key, item) in map)
        {
            builder.Append(first ? string.Empty : ", ").Append(key).Append(": ");
            Append(builder, item, depth + 1);
            first = false;
        }

        builder.Append(" }");
    }

    private static void AppendList(StringBuilder builder, IEnumerable items, int depth)
    {
        var list = items.Cast<object?>().ToList();
        if (list.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (depth >= MaxDepth)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        for (var i = 0; i < list.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ");
            Append(builder, list[i], depth + 1);
        }

        builder.Append(']');
    }
}
