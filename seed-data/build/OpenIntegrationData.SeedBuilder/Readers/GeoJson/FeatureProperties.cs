using System.Text.Json;
using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Readers.GeoJson;

/// <summary>The text properties of one feature of a boundary file (its geometry is the maps importer's business).</summary>
public sealed record FeatureProperties(int Index, IReadOnlyDictionary<string, string> Values)
{
    public string this[string name] => Values.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException(name);
}

/// <summary>
/// Reads the properties of a GeoJSON FeatureCollection: the area lists (codes, names, parents) the boundary files carry.
/// String and number properties are kept as text; a feature without one of the required properties is refused.
/// </summary>
public static class FeaturePropertiesReader
{
    public static IReadOnlyList<FeatureProperties> Read(string path, params string[] required)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        if (!document.RootElement.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            throw new SourceFileException(path, 1, "not a GeoJSON FeatureCollection (no features array)");
        }
        var result = new List<FeatureProperties>();
        var index = 0;
        foreach (var feature in features.EnumerateArray())
        {
            index++;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                    {
                        values[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                    }
                }
            }
            if (required.FirstOrDefault(r => !values.ContainsKey(r)) is { } missing)
            {
                throw new SourceFileException(path, 0, $"feature {index} has no property '{missing}'");
            }
            result.Add(new FeatureProperties(index, values));
        }
        return result;
    }
}
