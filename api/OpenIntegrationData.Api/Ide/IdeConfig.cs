using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace OpenIntegrationData.Api.Ide;

/// <summary>
/// The config document the BCP 18 app fetches beside its page (<c>bcp-config.json</c>, docs/conventions.md#ide):
/// it points the IDE at the page's own URL (the API), names the tab, turns telemetry off and opens the starter document.
/// </summary>
internal sealed class IdeConfig
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public IdeConfig(IOptions<IdeOptions> options)
    {
        var document = new ConfigDocument(
            options.Value.Title,
            UseBrowserUrlAsEndpoint: true,
            DisableTelemetry: true,
            GraphQLDocument: StarterDocument.Load(options.Value.StarterQueriesFolder));
        Body = IdeBody.Of(JsonSerializer.SerializeToUtf8Bytes(document, JsonOptions));
    }

    /// <summary>The UTF-8 JSON body, built once.</summary>
    public IdeBody Body { get; }

    private sealed record ConfigDocument(
        string Title,
        bool UseBrowserUrlAsEndpoint,
        bool DisableTelemetry,
        [property: JsonPropertyName("graphQLDocument")] string GraphQLDocument);
}
