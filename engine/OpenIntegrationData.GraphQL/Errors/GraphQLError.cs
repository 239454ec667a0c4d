using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Errors;

/// <summary>
/// The one error shape of the engine (spec 7.1.2): a message, the document locations it refers
/// to, the response path (execution errors only) and extensions such as <c>code</c>. Syntax,
/// validation, coercion and execution errors all use it; expected failures are values of this
/// type, never exceptions.
/// </summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error.</summary>
    /// <param name="message">A message for the developer who wrote the request.</param>
    /// <param name="locations">Document locations the error refers to; may be empty.</param>
    /// <param name="path">The response path, each segment a field name (string) or list index (int).</param>
    /// <param name="extensions">Extra entries in the order they are written, e.g. <c>code</c>.</param>
    public GraphQLError(
        string message,
        IReadOnlyList<ErrorLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyList<KeyValuePair<string, object?>>? extensions = null)
    {
        Message = message;
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions ?? [];
    }

    /// <summary>The message.</summary>
    public string Message { get; }

    /// <summary>Locations in the document; empty when the error has none.</summary>
    public IReadOnlyList<ErrorLocation> Locations { get; }

    /// <summary>The response path for execution errors; null otherwise.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extension entries in write order; empty when there are none.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Extensions { get; }

    /// <summary>The <c>extensions.code</c> value, when present.</summary>
    public string? Code =>
        Extensions.FirstOrDefault(static e => e.Key == "code").Value as string;

    /// <summary>Creates a copy of this error with the given response path.</summary>
    public GraphQLError WithPath(IReadOnlyList<object> path) => new(Message, Locations, path, Extensions);

    /// <summary>Locations of the given nodes, skipping nodes built in code.</summary>
    public static IReadOnlyList<ErrorLocation> LocationsOf(params SyntaxNode?[] nodes)
    {
        var locations = new List<ErrorLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(new ErrorLocation(location.Line, location.Column));
            }
        }

        return locations;
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}
