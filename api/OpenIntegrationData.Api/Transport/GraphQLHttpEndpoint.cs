using System.Buffers;
using Microsoft.Extensions.Options;
using OpenIntegrationData.Api.Export;
using OpenIntegrationData.Api.Options;
using OpenIntegrationData.Api.Transport.Caching;
using OpenIntegrationData.Api.Transport.Formats;
using OpenIntegrationData.Api.Transport.PersistedOperations;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport;

/// <summary>
/// GraphQL over HTTP on <c>/graphql</c>, <c>/graphql/</c> and their sub-paths, as HotChocolate 15 answers it
/// (docs/conventions.md#http): a GET whose answer is kept for exactly that request, the persisted-operation route
/// <c>/graphql/persisted/{id}</c>, POST with a JSON body,
/// GET with query parameters (queries only), then the schema download (<c>?sdl</c>); anything else falls through to 404.
/// Every request takes one path: choose the format (JSON, or CSV on a GET), on a GET answer from the tag when it can
/// (<see cref="GraphQLHttpEndpoint.TryAnswerWithoutExecutingAsync"/>), read, resolve a persisted document, execute,
/// write (errors always as GraphQL JSON).
/// </summary>
internal sealed partial class GraphQLHttpEndpoint(
    RequestExecutor executor,
    SchemaDownload schemaDownload,
    PersistedOperationResolver persistedOperations,
    ResponseTags responseTags,
    ResponseCache responseCache,
    CachedCompression cachedCompression,
    IOptions<GraphQLTransportOptions> options,
    IOptions<HttpCacheOptions> httpCacheOptions,
    ILogger<GraphQLHttpEndpoint> logger,
    Hosting.RequestBudgets? budgets = null,
    Observability.RequestObserver? observer = null)
{
    private readonly GraphQLTransportOptions _options = options.Value;

    public Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && TryAnswerRepeat(context) is { } repeat)
        {
            return repeat;
        }

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
            return HandleGetAsync(context, GetRequestReader.Parameters(request.Query));
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

        await ExecuteAsync(context, read, JsonResultFormat.For(negotiation.MediaType), OperationKinds.All, tag: null);
    }

    /// <summary>A GET: safe (never a mutation, 405 under application/graphql-response+json), tagged, and cached when clean.</summary>
    private async Task HandleGetAsync(HttpContext context, GetParameters parameters)
    {
        if (NegotiateGetFormat(context.Request, out var refusalStatus, out var refusal) is not { } format)
        {
            await WriteErrorAsync(context, refusalStatus, refusal!);
            return;
        }

        var tag = responseTags.For(parameters, format, CostHeader.Read(context.Request.Headers));
        if (tag is not null && await TryAnswerWithoutExecutingAsync(context, tag))
        {
            return;
        }

        await ExecuteAsync(context, GetRequestReader.Read(parameters), format, OperationKinds.Query, tag);
    }

    /// <summary>CSV when the URL says <c>format=csv</c> or <c>Accept</c> names <c>text/csv</c>; otherwise JSON as <c>Accept</c> chooses.</summary>
    private static ResultFormat? NegotiateGetFormat(HttpRequest request, out int refusalStatus, out GraphQLError? refusal)
    {
        refusalStatus = 0;
        refusal = null;
        if (CsvExport.IsRequested(request))
        {
            return CsvResultFormat.Instance;
        }

        var negotiation = AcceptNegotiation.Negotiate(request.Headers.Accept);
        refusalStatus = negotiation.RefusalStatus;
        refusal = negotiation.Refusal;
        return refusal is null ? JsonResultFormat.For(negotiation.MediaType) : null;
    }

    private async Task ExecuteAsync(HttpContext context, HttpRequestReadResult read, ResultFormat format, OperationKinds allowedOperations, string? tag)
    {
        if (read.Error is { } readError)
        {
            observer?.Refused(readError);
            await WriteResultAsync(context, format, ExecutionResult.FromError(readError), StatusCodes.Status400BadRequest, tag: null);
            return;
        }

        var resolution = await persistedOperations.ResolveAsync(read.Request!);
        if (resolution.Error is { } persistedError)
        {
            observer?.Refused(persistedError);
            await WriteResultAsync(context, format, ExecutionResult.FromError(persistedError), StatusCodes.Status400BadRequest, tag: null);
            return;
        }

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
            result = await executor.ExecuteAsync(resolution.Request!, requestOptions, context.RequestAborted);
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            // A bug or broken infrastructure: still a GraphQL response, as HotChocolate writes one.
            LogUnexpectedFailure(logger, exception);
            var unexpected = new GraphQLError("Unexpected Execution Error");
            observer?.Refused(unexpected);
            await WriteResultAsync(context, format, ExecutionResult.FromError(unexpected), StatusCodes.Status500InternalServerError, tag: null);
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
        if (resolution.ResponseExtension is { } persistedQuery)
        {
            result = result.WithExtension("persistedQuery", persistedQuery);
        }

        await WriteResultAsync(context, format, result, proposedStatus: null, tag);
    }

    /// <summary>
    /// A clean result in the request's format; with a tag (a GET) also kept and sent with its validators. Anything else —
    /// errors, or a result the format cannot show — as GraphQL JSON, never tagged: it may be transient.
    /// </summary>
    private async Task WriteResultAsync(HttpContext context, ResultFormat format, ExecutionResult result, int? proposedStatus, string? tag)
    {
        var errorFormat = JsonResultFormat.For(format.ErrorMediaType);
        var status = GraphQLStatusCodes.For(format.ErrorMediaType, result, proposedStatus);
        var clean = status == StatusCodes.Status200OK && result.HasData && result.Errors.Count == 0;
        if (!clean)
        {
            await WriteBodyAsync(context, status, errorFormat.Body(result));
            return;
        }

        if (!format.TryFormat(result, out var body, out var problem))
        {
            var refusal = ExecutionResult.FromError(problem!);
            await WriteBodyAsync(context, GraphQLStatusCodes.For(format.ErrorMediaType, refusal, StatusCodes.Status400BadRequest), errorFormat.Body(refusal));
            return;
        }

        if (tag is null)
        {
            await WriteBodyAsync(context, StatusCodes.Status200OK, body);
            return;
        }

        var buffer = new ArrayBufferWriter<byte>(1024);
        body.Write(buffer);
        var cached = new CachedResponse(tag, buffer.WrittenSpan.ToArray(), body.ContentType, body.ContentDisposition)
        {
            Request = RequestKey.Of(context.Request),
        };
        responseCache.Add(cached);
        await WriteCachedAsync(context, cached);
    }

    private static async Task WriteBodyAsync(HttpContext context, int status, FormattedBody body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = body.ContentType;
        if (body.ContentDisposition is { } disposition)
        {
            response.Headers.ContentDisposition = disposition;
        }

        body.Write(response.BodyWriter);
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>Errors whose status holds whatever the media type (406, 413, 415, unparsable Accept).</summary>
    private Task WriteErrorAsync(HttpContext context, int statusCode, GraphQLError error)
    {
        observer?.Refused(error);
        var negotiation = AcceptNegotiation.Negotiate(context.Request.Headers.Accept);
        var mediaType = negotiation.Refusal is null ? negotiation.MediaType : ResponseMediaType.GraphQLResponse;
        return WriteBodyAsync(context, statusCode, JsonResultFormat.For(mediaType).Body(ExecutionResult.FromError(error)));
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

    /// <summary><c>application/json</c>, in UTF-8 — the only request encoding GraphQL over HTTP allows.</summary>
    private static bool IsJsonContent(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        && (!parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL request failed unexpectedly.")]
    private static partial void LogUnexpectedFailure(ILogger logger, Exception exception);
}
