using System.Globalization;
using System.Text.Json;
using OpenIntegrationData.Import.Staging;

namespace OpenIntegrationData.Import.Geo;

/// <summary>
/// Reads a GeoJSON FeatureCollection of area outlines (RFC 7946: WGS84 longitude/latitude). Legacy <c>crs</c> members
/// that name WGS84 (<c>CRS84</c>, <c>EPSG:4326</c>) are accepted as lon/lat, as every published file here uses that
/// order whatever its crs says; any other crs is refused, because its coordinates would be projected metres.
/// Each feature needs a Polygon or MultiPolygon with closed rings of lon/lat positions, a code and a name; a code
/// may occur once per file. Every problem is reported as <c>file:line:column</c> of the feature (the column matters
/// for files written on one line). The geometry is returned as its GeoJSON text for PostGIS to parse and repair.
/// </summary>
internal static class BoundaryFileReader
{
    private static readonly HashSet<string> Wgs84Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "urn:ogc:def:crs:EPSG::4326", "EPSG:4326",
    };

    /// <summary>
    /// The file's features, in file order. <paramref name="fileName"/> names the file in problems.
    /// <paramref name="recodedFeatures"/> gives a feature (by its 1-based position) another code, for a published
    /// file that repeats a code by mistake; each such correction is documented where it is declared.
    /// </summary>
    public static IReadOnlyList<BoundaryFeature> Read(
        string path,
        string fileName,
        BoundaryProperties properties,
        ProblemCollector problems,
        IReadOnlyDictionary<int, string>? recodedFeatures = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException exception)
        {
            problems.Add(fileName, 0, 0, $"cannot read the file: {exception.Message}");
            return [];
        }

        var text = new FilePositions(bytes);
        var features = new List<BoundaryFeature>();
        try
        {
            ReadCollection(text, fileName, properties, problems, recodedFeatures ?? new Dictionary<int, string>(), features);
        }
        catch (JsonException exception)
        {
            problems.Add(fileName, (int)(exception.LineNumber ?? 0) + 1, (int)(exception.BytePositionInLine ?? 0) + 1,
                $"not valid JSON: {exception.Message.Split(" LineNumber", 2)[0]}");
            return [];
        }

        return features;
    }

    private static void ReadCollection(
        FilePositions text,
        string fileName,
        BoundaryProperties properties,
        ProblemCollector problems,
        IReadOnlyDictionary<int, string> recodedFeatures,
        List<BoundaryFeature> features)
    {
        var reader = new Utf8JsonReader(text.Json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            problems.Add(fileName, 1, 1, "expected a GeoJSON FeatureCollection object");
            return;
        }

        string? type = null;
        var sawFeatures = false;
        var firstLineOfCode = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = reader.GetString();
            var (memberLine, memberColumn) = text.PositionOf(reader.TokenStartIndex);
            reader.Read();
            switch (member)
            {
                case "type":
                    type = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    break;
                case "crs":
                    using (var crs = JsonDocument.ParseValue(ref reader))
                    {
                        CheckCrs(crs.RootElement, fileName, memberLine, memberColumn, problems);
                    }

                    break;
                case "features" when reader.TokenType == JsonTokenType.StartArray:
                    sawFeatures = true;
                    var number = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        number++;
                        var (line, column) = text.PositionOf(reader.TokenStartIndex);
                        using var feature = JsonDocument.ParseValue(ref reader);
                        var where = new FeaturePlace(fileName, line, column, number);
                        var read = ReadFeature(feature.RootElement, properties, where, problems);
                        if (read is null)
                        {
                            continue;
                        }

                        if (recodedFeatures.TryGetValue(number, out var corrected))
                        {
                            read = read with { Code = corrected };
                        }

                        if (firstLineOfCode.TryGetValue(read.Code, out var first))
                        {
                            problems.Add(fileName, line, column,
                                $"feature {number}: code \"{read.Code}\" was already used by the feature at line {first.Line}, column {first.Column}; every area needs its own code");
                            continue;
                        }

                        firstLineOfCode[read.Code] = (line, column);
                        features.Add(read);
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (type != "FeatureCollection" || !sawFeatures)
        {
            problems.Add(fileName, 1, 1, $"expected a GeoJSON FeatureCollection with a \"features\" array (type is {(type is null ? "missing" : $"\"{type}\"")})");
        }
    }

    private readonly record struct FeaturePlace(string File, int Line, int Column, int Number);

    private static void CheckCrs(JsonElement crs, string fileName, int line, int column, ProblemCollector problems)
    {
        var name = crs.ValueKind == JsonValueKind.Object
            && crs.TryGetProperty("properties", out var crsProperties)
            && crsProperties.ValueKind == JsonValueKind.Object
            && crsProperties.TryGetProperty("name", out var nameElement)
            && nameElement.ValueKind == JsonValueKind.String
                ? nameElement.GetString()
                : null;
        if (name is null || !Wgs84Names.Contains(name))
        {
            problems.Add(fileName, line, column,
                $"the crs member names {(name is null ? "no coordinate reference system" : $"\"{name}\"")}; only WGS84 longitude/latitude (RFC 7946, or a legacy CRS84 / EPSG:4326 crs) can be read");
        }
    }

    private static BoundaryFeature? ReadFeature(JsonElement feature, BoundaryProperties properties, FeaturePlace where, ProblemCollector problems)
    {
        void Problem(string reason) => problems.Add(where.File, where.Line, where.Column, $"feature {where.Number}: {reason}");

        if (feature.ValueKind != JsonValueKind.Object || !IsString(feature, "type", "Feature"))
        {
            Problem("expected an object with \"type\": \"Feature\"");
            return null;
        }

        if (!feature.TryGetProperty("properties", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            Problem("has no \"properties\" object");
            return null;
        }

        var code = Text(values, properties.Code);
        var name = Text(values, properties.Name);
        if (code is null)
        {
            Problem($"the property \"{properties.Code}\" (the area's code) is missing or empty");
        }

        if (name is null)
        {
            Problem($"the property \"{properties.Name}\" (the area's name) is missing or empty");
        }

        var parent = properties.ParentCode is null ? null : Text(values, properties.ParentCode);
        if (properties.ParentCode is not null && parent is null)
        {
            Problem($"the property \"{properties.ParentCode}\" (the code of the area it lies in) is missing or empty");
        }

        double? sourceArea = null;
        if (properties.SourceArea is not null)
        {
            if (values.TryGetProperty(properties.SourceArea, out var area) && area.ValueKind == JsonValueKind.Number && area.GetDouble() > 0)
            {
                sourceArea = area.GetDouble();
            }
            else
            {
                Problem($"the property \"{properties.SourceArea}\" (the area in square metres) is missing or not a positive number");
            }
        }

        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object)
        {
            Problem("has no geometry; an area needs its outline");
            return null;
        }

        var geometryProblem = GeometryProblem(geometry);
        if (geometryProblem is not null)
        {
            Problem(code is null ? geometryProblem : $"\"{code}\": {geometryProblem}");
            return null;
        }

        return code is null || name is null || (properties.ParentCode is not null && parent is null)
            ? null
            : new BoundaryFeature(code, name, parent, sourceArea, geometry.GetRawText(), where.Line, where.Column);
    }

    /// <summary>Why the geometry cannot be an area's outline, or null. Self-intersections are left to PostGIS to repair.</summary>
    private static string? GeometryProblem(JsonElement geometry)
    {
        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            return "the geometry has no \"coordinates\" array";
        }

        var type = geometry.TryGetProperty("type", out var typeElement) ? typeElement.GetString() : null;
        switch (type)
        {
            case "Polygon":
                return PolygonProblem(coordinates);
            case "MultiPolygon":
                if (coordinates.GetArrayLength() == 0)
                {
                    return "the MultiPolygon has no polygons";
                }

                foreach (var polygon in coordinates.EnumerateArray())
                {
                    if (PolygonProblem(polygon) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            default:
                return $"the geometry is a {type ?? "geometry without a type"}; an area's outline is a Polygon or MultiPolygon";
        }
    }

    private static string? PolygonProblem(JsonElement polygon)
    {
        if (polygon.ValueKind != JsonValueKind.Array || polygon.GetArrayLength() == 0)
        {
            return "a polygon has no rings";
        }

        foreach (var ring in polygon.EnumerateArray())
        {
            if (ring.ValueKind != JsonValueKind.Array || ring.GetArrayLength() < 4)
            {
                return "a ring has fewer than 4 positions";
            }

            foreach (var position in ring.EnumerateArray())
            {
                if (PositionProblem(position) is { } problem)
                {
                    return problem;
                }
            }

            if (!SamePosition(ring[0], ring[ring.GetArrayLength() - 1]))
            {
                return $"a ring is not closed: it starts at {ring[0].GetRawText()} and ends at {ring[ring.GetArrayLength() - 1].GetRawText()}";
            }
        }

        return null;
    }

    private static string? PositionProblem(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
            || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
        {
            return $"{position.GetRawText()} is not a position [longitude, latitude]";
        }

        var longitude = position[0].GetDouble();
        var latitude = position[1].GetDouble();
        return longitude is < -180 or > 180 || latitude is < -90 or > 90
            ? $"the position [{longitude.ToString(CultureInfo.InvariantCulture)}, {latitude.ToString(CultureInfo.InvariantCulture)}] is not WGS84 longitude/latitude (projected coordinates?)"
            : null;
    }

    private static bool SamePosition(JsonElement first, JsonElement last) =>
        first[0].GetDouble().Equals(last[0].GetDouble()) && first[1].GetDouble().Equals(last[1].GetDouble());

    private static bool IsString(JsonElement element, string property, string expected) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == expected;

    /// <summary>A property as text: strings trimmed, whole numbers as digits (Bonn numbers its Ortsteile 1–51).</summary>
    private static string? Text(JsonElement values, string property)
    {
        if (!values.TryGetProperty(property, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Trim(),
            JsonValueKind.Number when value.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>The file's bytes (without a UTF-8 byte order mark) and the 1-based line and column of an offset.</summary>
    private sealed class FilePositions
    {
        private readonly List<int> _lineStarts = [0];

        public FilePositions(byte[] bytes)
        {
            var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            Json = bytes.AsMemory(start);
            var span = Json.Span;
            for (var index = span.IndexOf((byte)'\n'); index >= 0;)
            {
                _lineStarts.Add(index + 1);
                var next = span[(index + 1)..].IndexOf((byte)'\n');
                index = next < 0 ? -1 : index + 1 + next;
            }
        }

        public ReadOnlyMemory<byte> Json { get; }

        public (int Line, int Column) PositionOf(long offset)
        {
            var line = _lineStarts.BinarySearch((int)offset);
            line = line >= 0 ? line : ~line - 1;
            return (line + 1, (int)offset - _lineStarts[line] + 1);
        }
    }
}
