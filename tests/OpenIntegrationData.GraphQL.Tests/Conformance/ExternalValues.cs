using System.Text.Json;

namespace OpenIntegrationData.GraphQL.Tests.Conformance;

/// <summary>JSON decoded to the external values a <see cref="Execution.GraphQLRequest"/> carries.</summary>
internal static class ExternalValues
{
    /// <summary>null, bool, string, long (or decimal, or double when out of range), lists and string-keyed maps.</summary>
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => Number(element),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        _ => element.EnumerateObject().ToDictionary(static p => p.Name, static p => FromJson(p.Value), StringComparer.Ordinal),
    };

    private static object Number(JsonElement element)
    {
        if (element.TryGetInt64(out var integer))
        {
            return integer;
        }

        return element.TryGetDecimal(out var exact) ? exact : element.GetDouble();
    }
}
