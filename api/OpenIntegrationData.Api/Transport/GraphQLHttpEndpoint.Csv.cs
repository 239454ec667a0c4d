using Microsoft.Extensions.Options;
using OpenIntegrationData.Api.Export;
using OpenIntegrationData.Api.Transport.Caching;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport;

/// <summary>
/// A GraphQL GET with <c>Accept: text/csv</c>: the operation runs as any GET query (also by trusted <c>id</c> or APQ hash),
/// and its one root connection's <c>nodes</c> are answered as CSV. Errors stay GraphQL JSON answers.
/// </summary>
internal sealed partial class GraphQLHttpEndpoint
{
    private static async Task HandleCsvAsync(HttpContext context)
    {
        const ResponseMediaType errorMediaType = ResponseMediaType.GraphQLResponse;
        var read = GetRequestReader.Read(context.Request.Query);
        if (read.Error is { } readError)
        {
            await WriteAsync(context, errorMediaType, ExecutionResult.FromError(readError), StatusCodes.Status400BadRequest);
            return;
        }

        var resolution = ResolvePersistedOperation(context, read.Request!);
        if (resolution.Error is { } persistedError)
        {
            await WriteAsync(context, errorMediaType, ExecutionResult.FromError(persistedError), StatusCodes.Status400BadRequest);
            return;
        }

        var executor = context.RequestServices.GetRequiredService<RequestExecutor>();
        var budgets = context.RequestServices.GetService<Hosting.RequestBudgets>();
        var requestOptions = new RequestOptions { AllowedOperations = OperationKinds.Query, Services = context.RequestServices, Admission = budgets?.Admission };
        using var budget = budgets?.Begin(context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Options.GraphQLTransportOptions>>().Value.ExecutionTimeout);
        var result = await executor.ExecuteAsync(resolution.Request!, requestOptions, context.RequestAborted);
        SetRetryAfter(context, result);
        if (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        // A table with holes would look complete in a spreadsheet: any error is answered as GraphQL JSON instead.
        if (result.Errors.Count > 0 || !result.HasData)
        {
            await WriteAsync(context, errorMediaType, result, proposedStatus: null);
            return;
        }

        if (ConnectionTable.From(result, out var problem) is not { } table)
        {
            await WriteAsync(context, errorMediaType, ExecutionResult.FromError(new GraphQLError(problem!)), StatusCodes.Status400BadRequest);
            return;
        }

        var response = context.Response;
        var maxAge = context.RequestServices.GetRequiredService<IOptions<HttpCacheOptions>>().Value.MaxAgeSeconds;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/csv; charset=utf-8; header=present";
        response.Headers.ContentDisposition = $"attachment; filename=\"{table.RootField}.csv\"";
        response.Headers.CacheControl = maxAge > 0 ? $"public, max-age={maxAge}" : "public, no-cache";
        response.Headers.Vary = Microsoft.Net.Http.Headers.HeaderNames.Accept;
        await CsvWriter.WriteAsync(response.Body, table, context.RequestAborted);
    }
}
