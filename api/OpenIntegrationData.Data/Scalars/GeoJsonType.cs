using System.Text.Json;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.Data.Scalars;

/// <summary>
/// <c>GeoJSON</c>: a GeoJSON geometry object (RFC 7946), e.g. an area's outline as a MultiPolygon, written into the
/// response as a JSON object (not as text). Answers only: the API takes no geometry as input.
/// </summary>
public sealed class GeoJsonType : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public GeoJsonType()
        : base(
            "GeoJSON",
            "A GeoJSON geometry object (RFC 7946) in WGS 84 longitude/latitude, such as an area's outline as a MultiPolygon; written as a JSON object, not as text. Outer rings run counter-clockwise (the right-hand rule).",
            "https://www.rfc-editor.org/rfc/rfc7946")
    {
    }

    /// <inheritdoc />
    public override CoercionResult Serialize(object? runtimeValue) => runtimeValue switch
    {
        JsonElement { ValueKind: JsonValueKind.Object } geometry => CoercionResult.Success(geometry),
        string text when Parse(text) is { } geometry => CoercionResult.Success(geometry),
        _ => CoercionResult.Failure($"GeoJSON cannot represent value: {runtimeValue}"),
    };

    /// <inheritdoc />
    public override CoercionResult ParseValue(object? externalValue) => Refuse();

    /// <inheritdoc />
    public override CoercionResult ParseLiteral(ValueNode literal) => Refuse();

    private static CoercionResult Refuse() => CoercionResult.Failure("GeoJSON is only answered; no argument takes a geometry.");

    private static JsonElement? Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
