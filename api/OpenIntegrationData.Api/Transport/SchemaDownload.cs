using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenIntegrationData.Api.Transport.Caching;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Printing;

namespace OpenIntegrationData.Api.Transport;

/// <summary>
/// <c>GET /graphql?sdl</c>: the schema as an SDL file, with HotChocolate's download headers
/// (docs/conventions.md#endpoint). Printed once; the ETag is the hash of the text, so a client revalidates cheaply.
/// </summary>
internal sealed class SchemaDownload(Schema schema, TimeProvider clock)
{
    private readonly Lazy<PrintedSchema> _printed = new(() => PrintedSchema.Of(schema, clock.GetUtcNow()));

    public static bool IsRequested(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Query.ContainsKey("sdl");

    public async Task WriteAsync(HttpContext context)
    {
        var printed = _printed.Value;
        var response = context.Response;
        response.Headers.ContentDisposition = "attachment; filename=\"schema.graphql\"";
        response.Headers.CacheControl = "public, max-age=3600, must-revalidate";
        response.Headers.ETag = printed.ETag;
        response.Headers.LastModified = printed.LastModified.ToString("R", CultureInfo.InvariantCulture);

        if (EntityTag.Matches(context.Request.Headers.IfNoneMatch, printed.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypes.GraphQLSchemaUtf8;
        response.ContentLength = printed.Utf8.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await response.Body.WriteAsync(printed.Utf8, context.RequestAborted);
    }

    private sealed record PrintedSchema(byte[] Utf8, string ETag, DateTimeOffset LastModified)
    {
        public static PrintedSchema Of(Schema schema, DateTimeOffset printedAt)
        {
            var utf8 = Encoding.UTF8.GetBytes(SchemaPrinter.Print(schema));
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(utf8))}\"";

            // HTTP dates have whole seconds.
            var lastModified = new DateTimeOffset(printedAt.Ticks - printedAt.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
            return new PrintedSchema(utf8, etag, lastModified);
        }
    }
}
