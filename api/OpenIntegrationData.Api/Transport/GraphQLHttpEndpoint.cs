using Microsoft.Extensions.Options;
using OpenIntegrationData.Api.Options;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport;

/// <summary>
/// GraphQL over HTTP on <c>/graphql</c>, <c>/graphql/</c> and their sub-paths, as HotChocolate 15 answers it
/// (docs/conventions.md#http): the persisted-operation route <c>/graphql/persisted/{id}</c>, POST with a JSON body,
/// GET with query parameters (queries only), then the schema download (<c>?sdl</c>); anything else falls through to 404.
/// </summary>
internal sealed partial class GraphQLHttpEndpoint(
    RequestExecutor executor,
    SchemaDownload schemaDownload,
    IOptions<GraphQLTransportOptions> options,
    ILogger<GraphQLHttpEndpoint> logger,
    Hosting.RequestBudgets? budgets = null,
    Observability.RequestObserver? observer = null)
{
    private readonly GraphQLTransportOptions _options = options.Value;

    public Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsPost(request.Method)) && TryReadPersistedRoute(request, out var id, out var operationName))
        {
            return HandlePersistedRouteAsync(context, id, operationName);
        }

        if (HttpMethods.IsPost(request.Method))
        {
            return HandlePostAsync(context);
        }

        if (HttpMethods.IsGet(request.Method) && GetRequestReader.IsGraphQLRequest(request.Query))
        {
            return Export.CsvExport.IsRequested(request) ? HandleCsvAsync(context) : HandleGetAsync(context);
        }

        if (SchemaDownload.IsRequested(request))
        {
            return schemaDownload.WriteAsync(context);
        }

        // Nothing else lives on this route (the IDE, docs/conventions.md#ide, matches its own requests ahead of this endpoint).
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private async Task HandlePostAsync(HttpContext context)
    {
        var negotiation = AcceptNegotiation.Negotiate(context.Request.Headers.Accept);
        if (!IsJsonContent(context.Request.ContentType))
        {
            await WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, TransportErrors.UnsupportedContentType(context.Request.ContentType));
            return;
        }

        if (negotiation.Refusal is { } refusal)
        {
            await WriteErrorAsync(context, negotiation.RefusalStatus, refusal);
            return;
        }

        var (tooLarge, read) = await RequestBodyReader.ReadAsync(context.Request, _options.MaxRequestSize, JsonRequestParser.Parse, context.RequestAborted);
        if (tooLarge)
        {
            await WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, TransportErrors.RequestTooLarge(_options.MaxRequestSize));
            return;
        }

        await ExecuteAsync(context, read, negotiation.MediaType, OperationKinds.All);
    }

    private async Task HandleGetAsync(HttpContext context)
    {
        var negotiation = AcceptNegotiation.Negotiate(context.Request.Headers.Accept);
        if (negotiation.Refusal is { } refusal)
        {
            await WriteErrorAsync(context, negotiation.RefusalStatus, refusal);
            return;
        }

        // GET must be safe: it never runs a mutation (405 under application/graphql-response+json).
        await ExecuteAsync(context, GetRequestReader.Read(context.Request.Query), negotiation.MediaType, OperationKinds.Query);
    }

    private async Task ExecuteAsync(HttpContext context, HttpRequestReadResult read, ResponseMediaType mediaType, OperationKinds allowedOperations)
    {
        if (read.Error is { } readError)
        {
            await WriteAsync(context, mediaType, ExecutionResult.FromError(readError), StatusCodes.Status400BadRequest);
            return;
        }

        var resolution = ResolvePersistedOperation(context, read.Request!);
        if (resolution.Error is { } persistedError)
        {
            await WriteAsync(context, mediaType, ExecutionResult.FromError(persistedError), StatusCodes.Status400BadRequest);
            return;
        }

        var request = resolution.Request!;

        var requestOptions = new RequestOptions
        {
            AllowedOperations = allowedOperations,
            Cost = CostHeader.Read(context.Request.Headers),
            Services = context.RequestServices,
            Admission = budgets?.Admission,
        };

        ExecutionResult result;
        var observation = observer?.Begin();
        try
        {
            // The request's share of the database ends with its execution deadline.
            using var budget = budgets?.Begin(_options.ExecutionTimeout);
            result = await executor.ExecuteAsync(request, requestOptions, context.RequestAborted);
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            // A bug or broken infrastructure: still a GraphQL response, as HotChocolate writes one.
            LogUnexpectedFailure(logger, exception);
            await WriteAsync(context, mediaType, ExecutionResult.FromError(new GraphQLError("Unexpected Execution Error")), StatusCodes.Status500InternalServerError);
            observation?.Dispose();
            return;
        }

        observation?.End(context, result);

        // Nobody is listening any more.
        if (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        SetRetryAfter(context, result);
        await WriteExecutedAsync(context, mediaType, result, resolution);
    }

    /// <summary>A request refused because the server is busy tells when to come back (its error's <c>retryAfter</c>, in seconds).</summary>
    private static void SetRetryAfter(HttpContext context, ExecutionResult result)
    {
        if (result.Kind == ResultKind.Refused
            && result.Errors.SelectMany(static e => e.Extensions).FirstOrDefault(static e => e.Key == "retryAfter").Value is int seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static Task WriteAsync(HttpContext context, ResponseMediaType mediaType, ExecutionResult result, int? proposedStatus) =>
        GraphQLResponseWriter.WriteAsync(
            context.Response,
            GraphQLStatusCodes.For(mediaType, result, proposedStatus),
            mediaType,
            result,
            context.RequestAborted);

    /// <summary>Errors whose status holds whatever the media type (406, 413, 415, unparsable Accept).</summary>
    private static Task WriteErrorAsync(HttpContext context, int statusCode, GraphQLError error)
    {
        var negotiation = AcceptNegotiation.Negotiate(context.Request.Headers.Accept);
        var mediaType = negotiation.Refusal is null ? negotiation.MediaType : ResponseMediaType.GraphQLResponse;
        return GraphQLResponseWriter.WriteAsync(context.Response, statusCode, mediaType, ExecutionResult.FromError(error), context.RequestAborted);
    }

    /// <summary><c>application/json</c>, in UTF-8 — the only request encoding GraphQL over HTTP allows.</summary>
    private static bool IsJsonContent(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        && (!parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL request failed unexpectedly.")]
    private static partial void LogUnexpectedFailure(ILogger logger, Exception exception);
}
