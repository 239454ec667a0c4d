using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>The outcome of validating a document: every error found, in document order per rule.</summary>
public sealed class ValidationResult
{
    /// <summary>Creates a result.</summary>
    public ValidationResult(IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = errors;
    }

    /// <summary>A result without errors.</summary>
    public static ValidationResult Valid { get; } = new([]);

    /// <summary>The validation errors; empty when the document is valid.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Whether the document may be executed.</summary>
    public bool IsValid => Errors.Count == 0;
}
