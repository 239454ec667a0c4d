namespace OpenIntegrationData.GraphQL.Types;

/// <summary>
/// Thrown when a schema definition is invalid. An invalid schema is a programming error, so this
/// is an exception; it lists every problem found, not just the first.
/// </summary>
public sealed class SchemaException : Exception
{
    /// <summary>Creates the exception for the given problems.</summary>
    public SchemaException(IReadOnlyList<SchemaError> errors)
        : base(FormatMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a single message.</summary>
    public SchemaException(string message)
        : this([new SchemaError(null, message)])
    {
    }

    /// <summary>Creates the exception with a single message and an inner exception.</summary>
    public SchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new SchemaError(null, message)];
    }

    /// <summary>Creates an exception without details.</summary>
    public SchemaException()
        : this("The schema is invalid.")
    {
    }

    /// <summary>All problems found.</summary>
    public IReadOnlyList<SchemaError> Errors { get; }

    private static string FormatMessage(IReadOnlyList<SchemaError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var lines = errors.Select(static e => "- " + e);
        return $"The schema is invalid ({errors.Count} problem{(errors.Count == 1 ? string.Empty : "s")}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, lines);
    }
}
