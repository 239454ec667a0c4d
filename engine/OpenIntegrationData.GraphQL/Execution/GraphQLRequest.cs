namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// One GraphQL request as a transport received it (GraphQL-over-HTTP "request parameters").
/// Variable and extension values are external values as decoded from JSON: null, bool,
/// string, long/decimal/double, <see cref="IReadOnlyList{T}"/> and string-keyed
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/>.
/// </summary>
public sealed class GraphQLRequest
{
    /// <summary>Creates an empty request; set the members with an object initializer.</summary>
    public GraphQLRequest()
    {
    }

    /// <summary>Creates a request for a document.</summary>
    public GraphQLRequest(string? query, string? operationName = null, IReadOnlyDictionary<string, object?>? variables = null)
    {
        Query = query;
        OperationName = operationName;
        Variables = variables;
    }

    /// <summary>The document text.</summary>
    public string? Query { get; init; }

    /// <summary>The name of the operation to run when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>The variable values by name.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Protocol extensions (e.g. persisted query hashes).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
