using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>Messages of the variable rules (spec 5.8).</summary>
public static partial class ValidationErrors
{
    /// <summary>5.8.1</summary>
    public static GraphQLError DuplicateVariable(string name, IReadOnlyList<VariableDefinitionNode> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var names = new SyntaxNode[definitions.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = definitions[i].Variable.Name;
        }

        return Spec($"There can be only one variable named \"${name}\".", ValidationErrorCodes.VariableUniqueness, "Variable-Uniqueness", names);
    }

    /// <summary>5.8.2: the variable's type names no type of the schema.</summary>
    public static GraphQLError UnknownVariableType(NamedTypeNode type, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Spec(
            $"Unknown type {Quote(type.Name.Value)}.{DidYouMean.Format(suggestions)}",
            ValidationErrorCodes.VariablesAreInputTypes,
            "Variables-Are-Input-Types",
            type);
    }

    /// <summary>5.8.2</summary>
    public static GraphQLError NonInputVariableType(VariableDefinitionNode definition, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Spec(
            $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type {Quote(type.ToString())}.",
            ValidationErrorCodes.VariablesAreInputTypes,
            "Variables-Are-Input-Types",
            definition.Type);
    }

    /// <summary>5.8.3</summary>
    public static GraphQLError UndefinedVariable(VariableNode variable, OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(operation);
        var message = operation.Name is { } name
            ? $"Variable \"${variable.Name.Value}\" is not defined by operation {Quote(name.Value)}."
            : $"Variable \"${variable.Name.Value}\" is not defined.";
        return Spec(message, ValidationErrorCodes.AllVariableUsesDefined, "All-Variable-Uses-Defined", variable, operation);
    }

    /// <summary>5.8.4</summary>
    public static GraphQLError UnusedVariable(VariableDefinitionNode definition, OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(operation);
        var message = operation.Name is { } name
            ? $"Variable \"${definition.Variable.Name.Value}\" is never used in operation {Quote(name.Value)}."
            : $"Variable \"${definition.Variable.Name.Value}\" is never used.";
        return Spec(message, ValidationErrorCodes.AllVariablesUsed, "All-Variables-Used", definition);
    }

    /// <summary>5.8.5</summary>
    public static GraphQLError BadVariablePosition(VariableDefinitionNode definition, VariableNode usage, GraphQLType variableType, GraphQLType locationType)
    {
        ArgumentNullException.ThrowIfNull(usage);
        return Spec(
            $"Variable \"${usage.Name.Value}\" of type {Quote(variableType.ToString())} used in position expecting type {Quote(locationType.ToString())}.",
            ValidationErrorCodes.AllVariableUsagesAreAllowed,
            "All-Variable-Usages-Are-Allowed",
            definition,
            usage);
    }

    /// <summary>5.8.5 (spec 3.10.1): a nullable variable as the value of a <c>@oneOf</c> field.</summary>
    public static GraphQLError NullableVariableInOneOf(VariableDefinitionNode definition, VariableNode usage, GraphQLType variableType, InputObjectType oneOfType)
    {
        ArgumentNullException.ThrowIfNull(usage);
        ArgumentNullException.ThrowIfNull(oneOfType);
        return Spec(
            $"Variable \"${usage.Name.Value}\" is of type {Quote(variableType.ToString())} but must be non-nullable to be used for OneOf Input Object {Quote(oneOfType.Name)}.",
            ValidationErrorCodes.AllVariableUsagesAreAllowed,
            "All-Variable-Usages-Are-Allowed",
            definition,
            usage);
    }
}
