using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport;

/// <summary>
/// HotChocolate's route for trusted documents (<c>MapGraphQLPersistedOperations</c>): <c>{Path}/persisted/{id}</c> and
/// <c>{Path}/persisted/{id}/{operationName}</c>. The id and the operation name come from the path; GET reads
/// <c>variables</c> and <c>extensions</c> from the query string, POST from the JSON body (<c>{}</c> is enough). The
/// document is then resolved and answered exactly as <c>?id=</c> is, tags, cache and CSV included: one stable URL per operation.
/// </summary>
internal sealed partial class GraphQLHttpEndpoint
{
    private const string PersistedSegment = "persisted";

    private readonly string _persistedPrefix = options.Value.Path + "/" + PersistedSegment + "/";

    /// <summary>The id and operation name when the request's path is the persisted-operation route.</summary>
    private bool TryReadPersistedRoute(HttpRequest request, out string id, out string? operationName)
    {
        id = "";
        operationName = null;
        var path = request.Path.Value ?? "";
        if (!path.StartsWith(_persistedPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var segments = path[_persistedPrefix.Length..].Split('/');
        if (segments.Length > 2 || segments[0].Length == 0 || (segments.Length == 2 && segments[1].Length == 0))
        {
            return false;
        }

        id = segments[0];
        operationName = segments.Length == 2 ? segments[1] : null;
        return true;
    }

    private async Task HandlePersistedRouteAsync(HttpContext context, string id, string? operationName)
    {
        // Only variables and extensions are read from the request; the document is the one the id names.
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await HandleGetAsync(context, GetRequestReader.Parameters(context.Request.Query) with { Query = null, Id = id, OperationName = operationName });
            return;
        }

        var negotiation = AcceptNegotiation.Negotiate(context.Request.Headers.Accept);
        if (negotiation.Refusal is { } refusal)
        {
            await WriteErrorAsync(context, negotiation.RefusalStatus, refusal);
            return;
        }

        if (!IsJsonContent(context.Request.ContentType))
        {
            await WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, TransportErrors.UnsupportedContentType(context.Request.ContentType));
            return;
        }

        var (tooLarge, read) = await RequestBodyReader.ReadAsync(context.Request, _options.MaxRequestSize, JsonRequestParser.Parse, context.RequestAborted);
        if (tooLarge)
        {
            await WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, TransportErrors.RequestTooLarge(_options.MaxRequestSize));
            return;
        }

        if (read.Request is { } parsed)
        {
            var request = new GraphQLRequest(null, operationName, parsed.Request.Variables) { Extensions = parsed.Request.Extensions };
            read = HttpRequestReadResult.Read(new HttpGraphQLRequest(request, id));
        }

        await ExecuteAsync(context, read, Formats.JsonResultFormat.For(negotiation.MediaType), OperationKinds.All, tag: null);
    }
}
