using System.Text.Json;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport.Formats;

/// <summary>The GraphQL response as compact UTF-8 JSON, in either of the two media types (docs/conventions.md#media-types).</summary>
internal sealed class JsonResultFormat : ResultFormat
{
    public static readonly JsonResultFormat GraphQLResponse = new(ResponseMediaType.GraphQLResponse, "graphql-response+json");

    public static readonly JsonResultFormat Json = new(ResponseMediaType.Json, "json");

    private readonly string _contentType;

    private JsonResultFormat(ResponseMediaType mediaType, string name)
    {
        ErrorMediaType = mediaType;
        Name = name;
        _contentType = MediaTypes.ContentTypeOf(mediaType);
    }

    public override string Name { get; }

    public override ResponseMediaType ErrorMediaType { get; }

    public static JsonResultFormat For(ResponseMediaType mediaType) => mediaType == ResponseMediaType.Json ? Json : GraphQLResponse;

    public override bool TryFormat(ExecutionResult result, out FormattedBody body, out GraphQLError? problem)
    {
        problem = null;
        body = Body(result);
        return true;
    }

    /// <summary>Any result, errors included.</summary>
    public FormattedBody Body(ExecutionResult result) => new(_contentType, null, buffer =>
    {
        using var writer = new Utf8JsonWriter(buffer, ResultJsonWriter.WriterOptions);
        ResultJsonWriter.Write(writer, result);
    });
}
