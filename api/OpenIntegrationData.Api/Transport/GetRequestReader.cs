using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport;

/// <summary>
/// Reads GraphQL over GET (GraphQL over HTTP, "GET request"): the parameters <c>query</c>,
/// <c>operationName</c>, <c>id</c> as text, <c>variables</c> and <c>extensions</c> as JSON text.
/// </summary>
internal static class GetRequestReader
{
    /// <summary>
    /// A GET is a GraphQL request only when it carries <c>query</c>, <c>id</c> or <c>extensions</c>
    /// (HotChocolate, docs/conventions.md#endpoint); any other GET falls through to the IDE or 404.
    /// </summary>
    public static bool IsGraphQLRequest(IQueryCollection query) =>
        query.ContainsKey("query") || query.ContainsKey("id") || query.ContainsKey("extensions");

    public static HttpRequestReadResult Read(IQueryCollection query)
    {
        if (!TryReadMap(query, "variables", out var variables, out var failure)
            || !TryReadMap(query, "extensions", out var extensions, out failure))
        {
            return HttpRequestReadResult.Failed(TransportErrors.InvalidRequest(failure!));
        }

        var request = new GraphQLRequest(Text(query, "query"), Text(query, "operationName"), variables) { Extensions = extensions };
        return HttpRequestReadResult.Read(new HttpGraphQLRequest(request, Text(query, "id")));
    }

    // `operationName=null` stays the text "null", as in HotChocolate; an empty parameter counts as absent.
    private static string? Text(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    private static bool TryReadMap(IQueryCollection query, string name, out IReadOnlyDictionary<string, object?>? map, out string? failure)
    {
        map = null;
        failure = null;
        var json = Text(query, name);
        return string.IsNullOrWhiteSpace(json) || JsonRequestParser.TryParseMap(name, json, out map, out failure);
    }
}
