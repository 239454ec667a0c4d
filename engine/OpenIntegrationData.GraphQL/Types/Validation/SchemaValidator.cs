using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Validation;

/// <summary>
/// Checks a built schema against the type system rules of spec 3 (type validation of each
/// kind, interface implementation, directive definitions and applications) and returns every
/// problem with the coordinate of the element at fault.
/// </summary>
internal sealed partial class SchemaValidator
{
    private readonly Schema _schema;
    private readonly List<SchemaError> _errors = [];

    private SchemaValidator(Schema schema)
    {
        _schema = schema;
    }

    /// <summary>All problems of <paramref name="schema"/>; empty when it is valid.</summary>
    public static IReadOnlyList<SchemaError> Validate(Schema schema)
    {
        var validator = new SchemaValidator(schema);
        validator.ValidateRootTypes();
        validator.ValidateDirectiveDefinitions();
        validator.ValidateTypes();
        validator.ValidateAppliedDirectives();
        return validator._errors;
    }

    private void Error(string? coordinate, string message, Location? location = null) =>
        _errors.Add(new SchemaError(coordinate, message, location));

    /// <summary>Spec 3.3.1: root operation types must all be different types.</summary>
    private void ValidateRootTypes()
    {
        var roots = new (OperationType Operation, ObjectType? Type)[]
        {
            (OperationType.Query, _schema.QueryType),
            (OperationType.Mutation, _schema.MutationType),
            (OperationType.Subscription, _schema.SubscriptionType),
        };
        foreach (var group in roots.Where(static r => r.Type is not null).GroupBy(static r => r.Type))
        {
            var operations = group.Select(static r => r.Operation.ToString().ToLowerInvariant()).ToArray();
            if (operations.Length > 1)
            {
                Error(
                    "schema",
                    $"All root types must be different, \"{group.Key!.Name}\" type is used as {string.Join(" and ", operations)} root types.");
            }
        }
    }

    /// <summary>Spec 2.1.9 names, 3 "reserved names": letters, digits, underscore; no leading <c>__</c>.</summary>
    private void ValidateName(string name, string coordinate, Location? location = null)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Error(coordinate, $"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", location);
            return;
        }

        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            Error(coordinate, $"Names must start with [_a-zA-Z] but \"{name}\" does not.", location);
            return;
        }

        if (!name.All(static c => c == '_' || char.IsAsciiLetterOrDigit(c)))
        {
            Error(coordinate, $"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", location);
        }
    }

    private void ValidateUniqueNames<T>(IEnumerable<T> items, Func<T, string> nameOf, Func<T, string> duplicateMessage, Func<T, string> coordinateOf)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.Add(nameOf(item)))
            {
                Error(coordinateOf(item), duplicateMessage(item));
            }
        }
    }

    /// <summary>Names, uniqueness and "required cannot be deprecated" for arguments (spec 3.6.1, 3.13).</summary>
    private void ValidateArguments(IReadOnlyList<InputValueDefinition> arguments)
    {
        ValidateUniqueNames(arguments, static a => a.Name, static a => $"Argument \"{a.Coordinate}\" can only be defined once.", static a => a.Coordinate);
        foreach (var argument in arguments)
        {
            ValidateName(argument.Name, argument.Coordinate);
            if (argument.IsRequired && argument.IsDeprecated)
            {
                Error(argument.Coordinate, $"Required argument {argument.Coordinate} cannot be deprecated.");
            }
        }
    }

    /// <summary>Spec 3.13: directive definitions.</summary>
    private void ValidateDirectiveDefinitions()
    {
        foreach (var directive in _schema.DirectiveDefinitions.Where(static d => !d.IsSpecified))
        {
            ValidateName(directive.Name, directive.Coordinate);
            ValidateArguments(directive.Arguments);
            if (directive.Locations.Count == 0)
            {
                Error(directive.Coordinate, $"Directive \"{directive.Coordinate}\" must define one or more locations.");
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Directives.Any(d => d.Name == directive.Name))
                {
                    Error(argument.Coordinate, $"Directive \"{directive.Coordinate}\" must not reference itself.");
                }
            }
        }
    }
}
