using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>
/// The one factory for validation messages (house style habit 4). Messages follow graphql-js 16
/// word for word, with quoted names and "Did you mean …?" suggestions. Every error carries
/// <c>extensions.code</c> — the spec rule's title in UPPER_SNAKE_CASE (<c>FIELD_SELECTIONS</c>,
/// <c>ALL_VARIABLES_USED</c>; see <see cref="ValidationErrorCodes"/>) — and, for spec rules,
/// <c>specifiedBy</c> with the link to the rule in the September 2025 specification, as
/// HotChocolate does.
/// </summary>
public static partial class ValidationErrors
{
    /// <summary>The specification edition the <c>specifiedBy</c> links point to.</summary>
    public const string SpecificationUrl = "https://spec.graphql.org/September2025/";

    /// <summary>Appended once when <see cref="ValidationOptions.MaxErrors"/> is reached.</summary>
    public static GraphQLError TooManyErrors() =>
        new("Too many validation errors, error limit reached. Validation aborted.", extensions: [Code(ValidationErrorCodes.TooManyErrors)]);

    /// <summary>HotChocolate's execution depth message (docs/conventions.md#limits).</summary>
    public static GraphQLError MaxExecutionDepth(OperationDefinitionNode operation, int detected, int allowed) =>
        new(
            $"The GraphQL document has an execution depth of {detected} which exceeds the max allowed execution depth of {allowed}.",
            GraphQLError.LocationsOf(operation),
            extensions:
            [
                Code(ValidationErrorCodes.MaxExecutionDepth),
                new("allowedExecutionDepth", allowed),
                new("detectedExecutionDepth", detected),
            ]);

    /// <summary>graphql-js <c>MaxIntrospectionDepthRule</c>.</summary>
    public static GraphQLError MaxIntrospectionDepth(FieldNode field) =>
        new("Maximum introspection depth exceeded", GraphQLError.LocationsOf(field), extensions: [Code(ValidationErrorCodes.MaxIntrospectionDepth)]);

    /// <summary>Field Selection Merging gave up on a document that needs too many comparisons.</summary>
    public static GraphQLError TooManyFieldMergeComparisons(int limit) =>
        new(
            $"The document is too complex to check that its fields can be merged (more than {limit} comparisons).",
            extensions: [Code(ValidationErrorCodes.MaxFieldMergeComparisons)]);

    /// <summary>Validation took longer than <see cref="ValidationOptions.MaxValidationTime"/>.</summary>
    public static GraphQLError ValidationTimeExceeded(TimeSpan limit) =>
        new(
            $"The document took longer than {limit.TotalMilliseconds:0} ms to validate and was refused; send a smaller document with fewer fragments.",
            extensions: [Code(ValidationErrorCodes.MaxValidationTime)]);

    private static GraphQLError Spec(string message, string code, string section, params SyntaxNode?[] nodes) =>
        new(message, GraphQLError.LocationsOf(nodes), extensions: [Code(code), new("specifiedBy", SpecificationUrl + "#sec-" + section)]);

    private static KeyValuePair<string, object?> Code(string code) => new("code", code);

    private static string Quote(string name) => "\"" + name + "\"";
}
