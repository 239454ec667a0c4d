using System.Text.Json;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport;

/// <summary>Writes a result straight into the response body as compact UTF-8 JSON.</summary>
internal static class GraphQLResponseWriter
{
    /// <summary>
    /// Not flushed here: when the endpoint returns, Kestrel sends status line, headers, body and the
    /// end of the chunked body in one write, where a flush here would cost a second write per response.
    /// </summary>
    public static Task WriteAsync(HttpResponse response, int statusCode, ResponseMediaType mediaType, ExecutionResult result)
    {
        response.StatusCode = statusCode;
        response.ContentType = MediaTypes.ContentTypeOf(mediaType);
        using (var writer = new Utf8JsonWriter(response.BodyWriter, ResultJsonWriter.WriterOptions))
        {
            ResultJsonWriter.Write(writer, result);
        }

        return Task.CompletedTask;
    }
}
