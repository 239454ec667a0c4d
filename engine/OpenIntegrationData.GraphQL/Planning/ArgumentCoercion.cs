using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Coercion;

namespace OpenIntegrationData.GraphQL.Planning;

/// <summary>Coerces the arguments of a field or directive (spec 6.4.1 "Coercing Field Arguments").</summary>
internal static class ArgumentCoercion
{
    /// <summary>
    /// CoerceArgumentValues (spec 6.4.1): for each argument definition, the given literal or
    /// variable value, else the default, else nothing; a missing or null value of a non-null
    /// argument and a literal of the wrong type are field errors.
    /// </summary>
    public static ArgumentValues CoerceArgumentValues(
        IReadOnlyList<InputValueDefinition> definitions,
        FieldNode node,
        IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0)
        {
            return ArgumentValues.None;
        }

        // Indexed loops: a foreach over IReadOnlyList allocates an enumerator, and this runs per request for variable arguments.
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            var error = CoerceArgument(definition, Find(node.Arguments, definition.Name), variables, coerced);
            if (error is not null)
            {
                return ArgumentValues.Failure(new GraphQLError(error, GraphQLError.LocationsOf(node)));
            }
        }

        return ArgumentValues.Success(coerced);
    }

    /// <summary>Whether any argument literal of the field refers to a variable.</summary>
    public static bool UsesVariables(FieldNode node)
    {
        foreach (var argument in node.Arguments)
        {
            if (ContainsVariable(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static string? CoerceArgument(
        InputValueDefinition definition,
        ArgumentNode? argument,
        IReadOnlyDictionary<string, object?> variables,
        Dictionary<string, object?> coerced)
    {
        var hasValue = argument is not null;
        object? variableValue = null;
        if (argument?.Value is VariableNode variable)
        {
            hasValue = variables.TryGetValue(variable.Name.Value, out variableValue);
        }

        if (!hasValue && definition.HasDefaultValue)
        {
            coerced[definition.Name] = definition.CoercedDefaultValue;
            return null;
        }

        var isNull = argument?.Value is NullValueNode || (argument?.Value is VariableNode && variableValue is null);
        if (definition.Type.IsNonNull && (!hasValue || isNull))
        {
            return hasValue
                ? $"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null."
                : $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.";
        }

        if (!hasValue)
        {
            return null;
        }

        if (argument!.Value is VariableNode)
        {
            // Variable values are coerced already; an item given for a list stands for a one-item list.
            coerced[definition.Name] = definition.Type.NullableType is ListType && variableValue is not null and not IReadOnlyList<object?>
                ? new[] { variableValue }
                : variableValue;
            return null;
        }

        var result = InputCoercion.CoerceInputLiteral(argument.Value, definition.Type, variables);
        if (!result.Succeeded)
        {
            return $"Argument \"{definition.Name}\" has invalid value {LiteralPrinter.Print(argument.Value)}. {result.Errors[0].Message}";
        }

        coerced[definition.Name] = result.Value;
        return null;
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(static f => ContainsVariable(f.Value)),
        _ => false,
    };
}
