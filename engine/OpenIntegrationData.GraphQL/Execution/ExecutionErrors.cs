using System.Globalization;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>The messages and codes of execution errors, in HotChocolate's words where it has them (docs/conventions.md#error-codes).</summary>
internal static class ExecutionErrors
{
    public const string NonNullViolationCode = "HC0018";
    public const string InvalidVariableCode = "HC0016";
    public const string TimeoutCode = "HC0045";
    public const string CanceledCode = "HC0049";
    public const string SyntaxErrorCode = "HC0011";
    public const string MissingQueryCode = "HC0013";
    public const string IntrospectionNotAllowedCode = "HC0046";

    public static GraphQLError MissingQuery() =>
        new("Either the parameter query or the parameter id has to be set.", extensions: Code(MissingQueryCode));

    /// <summary>A syntax error with the code HotChocolate gives document parse errors.</summary>
    public static GraphQLError Syntax(GraphQLError error) =>
        new(error.Message, error.Locations, null, [.. error.Extensions, new("code", SyntaxErrorCode)]);

    public static GraphQLError NoOperation() => new("Must provide an operation.");

    public static GraphQLError OperationNameRequired() => new("Must provide operation name if query contains multiple operations.");

    public static GraphQLError UnknownOperation(string name) => new($"Unknown operation named \"{name}\".");

    public static GraphQLError OperationNotAllowed() => new("The specified operation kind is not allowed.");

    public static GraphQLError SubscriptionsNotSupported(OperationDefinitionNode operation) =>
        new("Subscriptions are not supported by this server; send queries instead.", GraphQLError.LocationsOf(operation));

    public static GraphQLError RootTypeMissing(OperationDefinitionNode operation) =>
        new($"The schema does not support {operation.Operation.ToString().ToLowerInvariant()} operations.", GraphQLError.LocationsOf(operation));

    /// <summary>HotChocolate's error for a non-null variable without value.</summary>
    public static GraphQLError VariableRequired(VariableDefinitionNode definition) =>
        new(
            $"Variable `{definition.Variable.Name.Value}` is required.",
            GraphQLError.LocationsOf(definition),
            extensions: [new("code", NonNullViolationCode), new("variable", definition.Variable.Name.Value)]);

    /// <summary>
    /// HotChocolate's error for a variable value that does not coerce (HC0016); the reason goes
    /// in <c>scalarError</c> for a bad leaf and <c>inputObjectError</c> for a bad structure.
    /// </summary>
    public static GraphQLError VariableInvalid(VariableDefinitionNode definition, string detail, bool isScalarError) =>
        new(
            $"Variable `{definition.Variable.Name.Value}` got an invalid value.",
            GraphQLError.LocationsOf(definition),
            extensions:
            [
                new("code", InvalidVariableCode),
                new("variable", definition.Variable.Name.Value),
                new(isScalarError ? "scalarError" : "inputObjectError", detail),
            ]);

    public static GraphQLError VariableNotInputType(VariableDefinitionNode definition) =>
        new(
            $"Variable `{definition.Variable.Name.Value}` is not an input type.",
            GraphQLError.LocationsOf(definition),
            extensions: [new("code", NonNullViolationCode), new("variable", definition.Variable.Name.Value)]);

    public static GraphQLError NonNullViolation(IReadOnlyList<ErrorLocation> locations, IReadOnlyList<object> path) =>
        new("Cannot return null for non-nullable field.", locations, path, Code(NonNullViolationCode));

    public static GraphQLError Unexpected(Exception exception, IReadOnlyList<ErrorLocation> locations, IReadOnlyList<object> path, bool includeDetails) =>
        new(
            "Unexpected Execution Error",
            locations,
            path,
            includeDetails ? [new("message", exception.Message), new("stackTrace", exception.ToString())] : null);

    public static GraphQLError NotAList(FieldDefinition field, IReadOnlyList<ErrorLocation> locations, IReadOnlyList<object> path) =>
        new($"Expected Iterable, but did not find one for field \"{field.Coordinate}\".", locations, path);

    public static GraphQLError LeafNotSerializable(string message, IReadOnlyList<ErrorLocation> locations, IReadOnlyList<object> path) =>
        new(message, locations, path);

    public static GraphQLError AbstractTypeUnresolved(NamedType abstractType, FieldDefinition field, IReadOnlyList<ErrorLocation> locations, IReadOnlyList<object> path) =>
        new(
            $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.Coordinate}\". "
            + "Return a TypedValue, a dictionary with \"__typename\", or give the type a ResolveType function or its object types IsTypeOf checks.",
            locations,
            path);

    public static GraphQLError AbstractTypeInvalid(NamedType abstractType, string typeName, FieldDefinition field, IReadOnlyList<ErrorLocation> locations, IReadOnlyList<object> path) =>
        new(
            $"Runtime Object type \"{typeName}\" is not a possible type for \"{abstractType.Name}\" (field \"{field.Coordinate}\").",
            locations,
            path);

    public static GraphQLError BatchSizeMismatch(FieldDefinition field, int expected, int actual, IReadOnlyList<ErrorLocation> locations, IReadOnlyList<object> path) =>
        new(
            $"The batch resolver of \"{field.Coordinate}\" returned {actual.ToString(CultureInfo.InvariantCulture)} values for {expected.ToString(CultureInfo.InvariantCulture)} parents.",
            locations,
            path);

    public static GraphQLError IntrospectionNotAllowed(string fieldName, IReadOnlyList<ErrorLocation> locations) =>
        new(
            "Introspection is not allowed for the current request.",
            locations,
            extensions: [new("code", IntrospectionNotAllowedCode), new("field", fieldName)]);

    public static GraphQLError Timeout(TimeSpan timeout) =>
        new($"The request exceeded the configured timeout of `{timeout:c}`.", extensions: Code(TimeoutCode));

    public static GraphQLError Canceled() => new("The request was canceled.", extensions: Code(CanceledCode));

    private static KeyValuePair<string, object?>[] Code(string code) => [new("code", code)];
}
