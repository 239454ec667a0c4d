using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// The response of one request (spec 7.1): errors, data (a <see cref="ResultMap"/> or null)
/// and extensions. Write it with <see cref="ResultJsonWriter"/>.
/// </summary>
public sealed class ExecutionResult
{
    private static readonly IReadOnlyList<KeyValuePair<string, object?>> NoExtensions = [];

    internal ExecutionResult(
        ResultKind kind,
        IReadOnlyList<GraphQLError> errors,
        ResultMap? data,
        IReadOnlyList<KeyValuePair<string, object?>>? extensions = null)
    {
        Kind = kind;
        Errors = errors;
        Data = data;
        Extensions = extensions ?? NoExtensions;
    }

    /// <summary>How far the request got.</summary>
    public ResultKind Kind { get; }

    /// <summary>Request or field errors in the order they occurred; empty when there are none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The data (a <see cref="ResultMap"/>) when executed; null when the root was nulled or nothing ran.</summary>
    public object? Data { get; }

    /// <summary>Whether the response has a <c>data</c> entry (true exactly when <see cref="Kind"/> is <see cref="ResultKind.Executed"/>).</summary>
    public bool HasData => Kind == ResultKind.Executed;

    /// <summary>Response extensions in write order, e.g. <c>operationCost</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Extensions { get; }

    /// <summary>A request error without data.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors, IReadOnlyList<KeyValuePair<string, object?>>? extensions = null) =>
        new(ResultKind.RequestError, errors, null, extensions);

    /// <summary>This result with one more response extension after the others (the HTTP layer adds e.g. <c>persistedQuery</c>).</summary>
    public ExecutionResult WithExtension(string name, object? value) =>
        new(Kind, Errors, Data as ResultMap, [.. Extensions, new(name, value)]);

    /// <summary>A request error without data.</summary>
    public static ExecutionResult FromError(GraphQLError error) => new(ResultKind.RequestError, [error], null);
}
