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

    /// <summary>The parameters as sent, unparsed: enough to recognise a repeated request before reading it.</summary>
    public static GetParameters Parameters(IQueryCollection query) =>
        new(Text(query, "query"), Text(query, "operationName"), Text(query, "id"), Text(query, "variables"), Text(query, "extensions"));

    public static HttpRequestReadResult Read(GetParameters parameters)
    {
        if (!TryReadMap("variables", parameters.Variables, out var variables, out var failure)
            || !TryReadMap("extensions", parameters.Extensions, out var extensions, out failure))
        {
            return HttpRequestReadResult.Failed(TransportErrors.InvalidRequest(failure!));
        }

        var request = new GraphQLRequest(parameters.Query, parameters.OperationName, variables) { Extensions = extensions };
        return HttpRequestReadResult.Read(new HttpGraphQLRequest(request, parameters.Id));
    }

    // `operationName=null` stays the text "null", as in HotChocolate; an empty parameter counts as absent.
    private static string? Text(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    private static bool TryReadMap(string name, string? json, out IReadOnlyDictionary<string, object?>? map, out string? failure)
    {
        map = null;
        failure = null;
        return string.IsNullOrWhiteSpace(json) || JsonRequestParser.TryParseMap(name, json, out map, out failure);
    }
}

/// <summary>The GraphQL parameters of a GET as text, absent ones null (the persisted route supplies id and operation name).</summary>
internal readonly record struct GetParameters(string? Query, string? OperationName, string? Id, string? Variables, string? Extensions);
