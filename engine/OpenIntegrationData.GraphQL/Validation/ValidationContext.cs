using System.Diagnostics;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Introspection;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>
/// Everything a rule may consult while the document is walked: the schema, the document, the
/// type information of the current position, the fragments by name, and facts gathered by
/// the walk about each definition (see ValidationContext.Facts.cs). Rules report errors here;
/// after <see cref="ValidationOptions.MaxErrors"/> errors the walk stops.
/// </summary>
public sealed partial class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly long _startedAt = Stopwatch.GetTimestamp();

    internal ValidationContext(Schema schema, DocumentNode document, ValidationOptions options)
    {
        Schema = schema;
        Document = document;
        Options = options;
        TypeInfo = new TypeInfo(schema);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case FragmentDefinitionNode fragment:
                    // The first definition wins; Fragment Name Uniqueness reports the others.
                    _fragments.TryAdd(fragment.Name.Value, fragment);
                    break;
                case OperationDefinitionNode operation:
                    _operations.Add(operation);
                    break;
            }
        }
    }

    /// <summary>The schema the document is validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>The options in effect.</summary>
    public ValidationOptions Options { get; }

    /// <summary>What the schema says about the current position of the walk.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The operations of the document in order.</summary>
    public IReadOnlyList<OperationDefinitionNode> Operations => _operations;

    /// <summary>The errors reported so far.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Whether the error limit was reached; the walk stops and further reports are dropped.</summary>
    public bool IsAborted { get; private set; }

    /// <summary>Whether validation has run longer than <see cref="ValidationOptions.MaxValidationTime"/>.</summary>
    public bool IsPastTimeLimit => Options.MaxValidationTime is { } limit && Stopwatch.GetElapsedTime(_startedAt) > limit;

    /// <summary>The names of all types a document may refer to, for "Did you mean …?" suggestions.</summary>
    public IEnumerable<string> TypeNames => IntrospectionTypes.TypesOf(Schema).Select(static t => t.Name);

    /// <summary>A type of the schema or of introspection (<c>__Type</c> …) by name, or null.</summary>
    public NamedType? FindType(string name) => IntrospectionTypes.FindType(Schema, name);

    /// <summary>The fragment with the given name (the first one, if it is defined twice), or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>
    /// Reports an error. An error beyond <see cref="ValidationOptions.MaxErrors"/> is replaced by
    /// one "too many errors" error and the walk stops (graphql-js <c>maxErrors</c>).
    /// </summary>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (IsAborted)
        {
            return;
        }

        if (_errors.Count >= Options.MaxErrors)
        {
            _errors.Add(ValidationErrors.TooManyErrors());
            IsAborted = true;
            return;
        }

        _errors.Add(error);
    }
}
