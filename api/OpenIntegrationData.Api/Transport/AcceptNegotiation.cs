using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.Api.Transport;

/// <summary>
/// Chooses the response media type from the <c>Accept</c> header as HotChocolate 15 does
/// (docs/conventions.md#media-types): the GraphQL response type whenever the client names it or accepts a
/// wildcard, plain JSON only when the client names <c>application/json</c> and nothing broader.
/// Quality values do not change the choice.
/// </summary>
internal static class AcceptNegotiation
{
    public static AcceptNegotiationResult Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return AcceptNegotiationResult.Chosen(ResponseMediaType.GraphQLResponse);
        }

        if (!MediaTypeHeaderValue.TryParseStrictList(accept, out var mediaTypes))
        {
            return AcceptNegotiationResult.Refused(StatusCodes.Status400BadRequest, TransportErrors.AcceptUnparsable(accept.ToString()));
        }

        var acceptsJson = false;
        foreach (var mediaType in mediaTypes)
        {
            var type = mediaType.MediaType;
            if (type.Equals(MediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase)
                || type.Equals("*/*", StringComparison.Ordinal)
                || type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return AcceptNegotiationResult.Chosen(ResponseMediaType.GraphQLResponse);
            }

            acceptsJson |= type.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase);
        }

        return acceptsJson
            ? AcceptNegotiationResult.Chosen(ResponseMediaType.Json)
            : AcceptNegotiationResult.Refused(StatusCodes.Status406NotAcceptable, TransportErrors.AcceptNotSupported(ReasonFor(accept)));
    }

    /// <summary>Why nothing fits, when we can say more than HotChocolate's message: CSV is a GET download.</summary>
    private static string? ReasonFor(StringValues accept) =>
        Export.CsvExport.Accepts(accept)
            ? "CSV is answered to GET requests only: send the query as a GET (/graphql?query=…), with Accept: text/csv or format=csv in the URL."
            : null;
}

/// <summary>The chosen media type, or the status and error that refuse the request.</summary>
internal readonly record struct AcceptNegotiationResult(ResponseMediaType MediaType, int RefusalStatus, GraphQLError? Refusal)
{
    public static AcceptNegotiationResult Chosen(ResponseMediaType mediaType) => new(mediaType, 0, null);

    /// <summary>Refusals are written as <c>application/graphql-response+json</c>, since the client's choice is unusable.</summary>
    public static AcceptNegotiationResult Refused(int status, GraphQLError error) => new(ResponseMediaType.GraphQLResponse, status, error);
}
