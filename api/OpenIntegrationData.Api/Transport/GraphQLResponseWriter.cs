using System.Text.Json;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport;

/// <summary>Writes a result straight into the response body as compact UTF-8 JSON.</summary>
internal static class GraphQLResponseWriter
{
    public static async Task WriteAsync(HttpResponse response, int statusCode, ResponseMediaType mediaType, ExecutionResult result, CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        response.ContentType = MediaTypes.ContentTypeOf(mediaType);
        using (var writer = new Utf8JsonWriter(response.BodyWriter, ResultJsonWriter.WriterOptions))
        {
            ResultJsonWriter.Write(writer, result);
        }

        await response.BodyWriter.FlushAsync(cancellationToken);
    }
}
