using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenIntegrationData.Data.Tests.Support;

/// <summary>
/// A JSON value written canonically, to compare answers from the API and from PostgreSQL: object
/// members sorted by name, numbers by decimal value (5.280000 equals 5.28), arrays in order.
/// </summary>
public static class CanonicalJson
{
    public static string Write(JsonNode? node)
    {
        var builder = new StringBuilder();
        Append(builder, node);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append('{');
                foreach (var (name, value) in obj.OrderBy(static p => p.Key, StringComparer.Ordinal))
                {
                    builder.Append(JsonSerializer.Serialize(name)).Append(':');
                    Append(builder, value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                foreach (var item in array)
                {
                    Append(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                builder.Append((value.GetValue<decimal>() / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(node.ToJsonString());
                break;
        }
    }
}
