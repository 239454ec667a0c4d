using OpenIntegrationData.Data.Failures;
using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>
/// While the API still waits for its database at start, routes that need it answer 503 with a GraphQL
/// error (<c>DATABASE_UNAVAILABLE</c>) and <c>Retry-After</c> instead of failing to build the schema.
/// </summary>
internal static class DatabaseReadiness
{
    private const int RetryAfterSeconds = 5;

    public static TBuilder RequireDatabase<TBuilder>(this TBuilder endpoints)
        where TBuilder : IEndpointConventionBuilder
    {
        endpoints.Add(endpoint =>
        {
            var next = endpoint.RequestDelegate!;
            endpoint.RequestDelegate = context =>
                context.RequestServices.GetRequiredService<DatabaseLifetime>().IsConnected ? next(context) : AnswerUnavailableAsync(context);
        });
        return endpoints;
    }

    private static async Task AnswerUnavailableAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        var error = new GraphQLError(
            "The database is not available yet: the API is still waiting for it to answer; try again shortly.",
            extensions: [new("code", DatabaseErrorCodes.DatabaseUnavailable)]);
        await using var writer = new System.Text.Json.Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        writer.WriteStartObject("extensions");
        writer.WriteString("code", error.Code);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
