using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Coercion;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>Coercing variable values (spec 6.1.2 "Coercing Variable Values").</summary>
internal static class VariableCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>().AsReadOnly();

    /// <summary>
    /// CoerceVariableValues (spec 6.1.2): for each declared variable, the coerced given value,
    /// else the coerced default, else nothing; a missing or null value for a non-null type and
    /// a value that does not coerce are request errors (HotChocolate HC0018 / HC0016).
    /// </summary>
    public static (IReadOnlyDictionary<string, object?> Values, IReadOnlyList<GraphQLError> Errors) CoerceVariableValues(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return (NoValues, []);
        }

        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        List<GraphQLError>? errors = null;
        var definitions = operation.VariableDefinitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            // Indexed: a foreach over IReadOnlyList would allocate an enumerator per request.
            if (CoerceVariable(schema, definitions[i], inputs, coerced) is { } error)
            {
                (errors ??= []).Add(error);
            }
        }

        return errors is null ? (coerced, []) : (NoValues, errors);
    }

    private static GraphQLError? CoerceVariable(
        Schema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?>? inputs,
        Dictionary<string, object?> coerced)
    {
        var name = definition.Variable.Name.Value;
        var type = ResolveType(schema, definition.Type);
        if (type is null || !type.IsInputType)
        {
            return ExecutionErrors.VariableNotInputType(definition);
        }

        object? value = null;
        var hasValue = inputs is not null && inputs.TryGetValue(name, out value);
        if (!hasValue && definition.DefaultValue is { } defaultValue)
        {
            var result = InputCoercion.CoerceInputLiteral(defaultValue, type);
            if (!result.Succeeded)
            {
                return Invalid(definition, result.Errors[0]);
            }

            coerced[name] = result.Value;
            return null;
        }

        if (type.IsNonNull && value is null)
        {
            return ExecutionErrors.VariableRequired(definition);
        }

        if (!hasValue)
        {
            return null;
        }

        if (value is null)
        {
            coerced[name] = null;
            return null;
        }

        var coercion = InputCoercion.CoerceInputValue(value, type);
        if (!coercion.Succeeded)
        {
            return Invalid(definition, coercion.Errors[0]);
        }

        coerced[name] = coercion.Value;
        return null;
    }

    private static GraphQLError Invalid(VariableDefinitionNode definition, InputCoercionError error)
    {
        var isScalarError = error.InvalidValue is not (IReadOnlyDictionary<string, object?> or ObjectValueNode);
        var detail = error.Path.Count > 0 ? $"{error.FormatPath(definition.Variable.Name.Value)}: {error.Message}" : error.Message;
        return ExecutionErrors.VariableInvalid(definition, detail, isScalarError);
    }

    /// <summary>The schema type a variable's type reference names, or null when a named type is unknown.</summary>
    internal static GraphQLType? ResolveType(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => ResolveType(schema, nonNull.Type) is { } inner and not NonNullType ? inner.ToNonNull() : null,
        ListTypeNode list => ResolveType(schema, list.Type)?.ToList(),
        NamedTypeNode named => schema.FindType(named.Name.Value) ?? BuiltInScalars.Find(named.Name.Value),
        _ => null,
    };
}
