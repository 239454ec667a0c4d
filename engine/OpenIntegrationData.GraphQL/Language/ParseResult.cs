using System.Diagnostics.CodeAnalysis;
using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.GraphQL.Language;

/// <summary>
/// The outcome of parsing: either a syntax tree or the syntax error that stopped the parser.
/// A syntax error is an expected outcome for text from the network, so it is a value here,
/// never an exception.
/// </summary>
/// <typeparam name="T">The kind of node parsed.</typeparam>
public sealed class ParseResult<T>
    where T : SyntaxNode
{
    private ParseResult(T? node, GraphQLError? error)
    {
        Node = node;
        Error = error;
    }

    /// <summary>The parsed node; null when parsing failed.</summary>
    public T? Node { get; }

    /// <summary>The syntax error (message and location); null when parsing succeeded.</summary>
    public GraphQLError? Error { get; }

    /// <summary>Whether a node was produced.</summary>
    [MemberNotNullWhen(true, nameof(Node))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Node is not null;

    /// <summary>A successful result.</summary>
    public static ParseResult<T> Success(T node) => new(node, null);

    /// <summary>A failed result.</summary>
    public static ParseResult<T> Failure(GraphQLError error) => new(null, error);
}
