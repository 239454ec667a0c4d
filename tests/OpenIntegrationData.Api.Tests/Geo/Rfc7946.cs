using System.Text.Json;

namespace OpenIntegrationData.Api.Tests.Geo;

/// <summary>
/// What RFC 7946 asks of a FeatureCollection of (Multi)Polygons, checked on the parsed JSON: member types, bbox
/// [west, south, east, north], WGS 84 positions, closed linear rings of four or more positions that follow the
/// right-hand rule (outer rings counter-clockwise, holes clockwise), and no <c>crs</c> member.
/// </summary>
internal static class Rfc7946
{
    public static IReadOnlyList<string> Problems(JsonElement collection)
    {
        var problems = new List<string>();
        if (collection.GetProperty("type").GetString() != "FeatureCollection")
        {
            problems.Add("type is not FeatureCollection");
        }

        if (collection.TryGetProperty("crs", out _))
        {
            problems.Add("a crs member (removed by RFC 7946)");
        }

        if (collection.TryGetProperty("bbox", out var bbox))
        {
            CheckBox(bbox, "collection", problems);
        }

        foreach (var feature in collection.GetProperty("features").EnumerateArray())
        {
            var id = feature.TryGetProperty("id", out var idElement) ? idElement.ToString() : "?";
            if (feature.GetProperty("type").GetString() != "Feature")
            {
                problems.Add($"{id}: type is not Feature");
            }

            if (idElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                problems.Add($"{id}: id is neither a string nor a number");
            }

            if (feature.GetProperty("properties").ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                problems.Add($"{id}: properties is neither an object nor null");
            }

            var geometry = feature.GetProperty("geometry");
            var polygons = geometry.GetProperty("type").GetString() switch
            {
                "Polygon" => [geometry.GetProperty("coordinates")],
                "MultiPolygon" => geometry.GetProperty("coordinates").EnumerateArray().ToArray(),
                var other => Fail<JsonElement[]>(problems, $"{id}: geometry type {other}", []),
            };
            foreach (var polygon in polygons)
            {
                var ring = 0;
                foreach (var positions in polygon.EnumerateArray())
                {
                    CheckRing(positions, outer: ring++ == 0, id, problems);
                }
            }
        }

        return problems;
    }

    private static void CheckRing(JsonElement ring, bool outer, string id, List<string> problems)
    {
        var points = ring.EnumerateArray().Select(position => (Lon: position[0].GetDouble(), Lat: position[1].GetDouble())).ToArray();
        if (points.Length < 4 || points[0] != points[^1])
        {
            problems.Add($"{id}: a ring is not closed or has fewer than 4 positions");
            return;
        }

        if (points.Any(point => point.Lon is < -180 or > 180 || point.Lat is < -90 or > 90))
        {
            problems.Add($"{id}: a position is not WGS 84 longitude/latitude");
        }

        // Shoelace: positive for counter-clockwise in lon/lat.
        var twiceArea = 0.0;
        for (var i = 0; i < points.Length - 1; i++)
        {
            twiceArea += (points[i].Lon * points[i + 1].Lat) - (points[i + 1].Lon * points[i].Lat);
        }

        if (outer != twiceArea > 0)
        {
            problems.Add($"{id}: an {(outer ? "outer ring runs clockwise" : "inner ring runs counter-clockwise")} (right-hand rule)");
        }
    }

    private static void CheckBox(JsonElement bbox, string what, List<string> problems)
    {
        var values = bbox.EnumerateArray().Select(value => value.GetDouble()).ToArray();
        if (values.Length != 4 || values[0] > values[2] || values[1] > values[3])
        {
            problems.Add($"{what}: bbox is not [west, south, east, north]");
        }
    }

    private static T Fail<T>(List<string> problems, string problem, T value)
    {
        problems.Add(problem);
        return value;
    }
}
