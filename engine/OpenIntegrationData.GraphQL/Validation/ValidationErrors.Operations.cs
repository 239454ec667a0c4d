using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>Messages of the document and operation rules (spec 5.1, 5.2).</summary>
public static partial class ValidationErrors
{
    /// <summary>5.1.1: a type system definition or extension in an executable document.</summary>
    public static GraphQLError NonExecutableDefinition(DefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var name = definition switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => "schema",
            TypeDefinitionNode type => Quote(type.Name.Value),
            TypeExtensionNode extension => Quote(extension.Name.Value),
            DirectiveDefinitionNode directive => Quote(directive.Name.Value),
            _ => "unknown",
        };
        return Spec($"The {name} definition is not executable.", ValidationErrorCodes.ExecutableDefinitions, "Executable-Definitions", definition);
    }

    /// <summary>5.2.1.1</summary>
    public static GraphQLError DuplicateOperationName(NameNode first, NameNode duplicate) =>
        Spec(
            $"There can be only one operation named {Quote(duplicate.Value)}.",
            ValidationErrorCodes.OperationNameUniqueness,
            "Operation-Name-Uniqueness",
            first,
            duplicate);

    /// <summary>5.2.2.1</summary>
    public static GraphQLError AnonymousOperationNotAlone(OperationDefinitionNode operation) =>
        Spec("This anonymous operation must be the only defined operation.", ValidationErrorCodes.LoneAnonymousOperation, "Lone-Anonymous-Operation", operation);

    /// <summary>5.2.3.1: more than one root field.</summary>
    public static GraphQLError SubscriptionNotSingleField(OperationDefinitionNode operation, IReadOnlyList<FieldNode> extraFields)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(extraFields);
        return Spec(
            $"{SubscriptionSubject(operation)} must select only one top level field.",
            ValidationErrorCodes.SingleRootField,
            "Single-Root-Field",
            [.. extraFields]);
    }

    /// <summary>5.2.3.1: the root field is an introspection field.</summary>
    public static GraphQLError SubscriptionIntrospectionField(OperationDefinitionNode operation, IReadOnlyList<FieldNode> fields)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(fields);
        return Spec(
            $"{SubscriptionSubject(operation)} must not select an introspection top level field.",
            ValidationErrorCodes.SingleRootField,
            "Single-Root-Field",
            [.. fields]);
    }

    /// <summary>5.2.3.1 (September 2025, CollectSubscriptionFields): @skip/@include in the root selection set.</summary>
    public static GraphQLError SubscriptionConditionalRootSelection(OperationDefinitionNode operation, DirectiveNode directive)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return Spec(
            $"{SubscriptionSubject(operation)} must not use `@skip` or `@include` directives in the top level selection.",
            ValidationErrorCodes.SingleRootField,
            "Single-Root-Field",
            directive);
    }

    /// <summary>5.2.4</summary>
    public static GraphQLError OperationTypeNotSupported(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return Spec(
            $"The {OperationName(operation.Operation)} operation is not supported by the schema.",
            ValidationErrorCodes.OperationTypeExistence,
            "Operation-Type-Existence",
            operation);
    }

    private static string SubscriptionSubject(OperationDefinitionNode operation) =>
        operation.Name is { } name ? $"Subscription {Quote(name.Value)}" : "Anonymous Subscription";

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
