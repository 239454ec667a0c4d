using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.GraphQL.Planning;

/// <summary>
/// The coerced arguments of one field (spec 6.4.1 CoerceArgumentValues): a value for every
/// argument that was given or has a default, or the error that makes the field fail.
/// </summary>
public sealed class ArgumentValues
{
    private static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>().AsReadOnly();

    private ArgumentValues(IReadOnlyDictionary<string, object?> values, GraphQLError? error)
    {
        Values = values;
        Error = error;
    }

    /// <summary>No arguments.</summary>
    public static ArgumentValues None { get; } = new(NoValues, null);

    /// <summary>The coerced values by argument name; empty when coercion failed.</summary>
    public IReadOnlyDictionary<string, object?> Values { get; }

    /// <summary>The field error when an argument value is invalid; null otherwise.</summary>
    public GraphQLError? Error { get; }

    /// <summary>Whether every argument was coerced.</summary>
    public bool Succeeded => Error is null;

    internal static ArgumentValues Success(IReadOnlyDictionary<string, object?> values) => values.Count == 0 ? None : new(values, null);

    internal static ArgumentValues Failure(GraphQLError error) => new(NoValues, error);
}
