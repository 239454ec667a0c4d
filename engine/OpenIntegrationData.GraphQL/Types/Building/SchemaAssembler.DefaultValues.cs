using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types.Coercion;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>
/// Gives each argument and input field its default value as a literal and coerced (spec 3.6.1,
/// 3.10: "default values must be compatible with the input type"). Input object fields are
/// done before the values that use their type, so a default such as <c>{}</c> picks up the
/// nested field defaults.
/// </summary>
internal sealed partial class SchemaAssembler
{
    private readonly HashSet<InputValueDefinition> _defaultsDone = [];

    private void AssignDefaultValues()
    {
        var sources = _pendingDefaults.ToDictionary(static p => p.Definition, static p => p.Source);
        foreach (var (definition, _) in _pendingDefaults)
        {
            AssignDefaultValue(definition, sources, []);
        }
    }

    private void AssignDefaultValue(
        InputValueDefinition definition,
        Dictionary<InputValueDefinition, InputValueBuilder> sources,
        HashSet<InputObjectType> visiting)
    {
        if (!_defaultsDone.Add(definition))
        {
            return;
        }

        AssignNestedDefaults(definition.Type.NamedType(), sources, visiting);
        var source = sources[definition];
        var literal = source.DefaultValueSource as ValueNode ?? InputCoercion.ValueToLiteral(source.DefaultValueSource, definition.Type);
        if (literal is null)
        {
            // Coercing the value as input says precisely why it does not fit the type.
            var asInput = InputCoercion.CoerceInputValue(source.DefaultValueSource, definition.Type);
            var reason = asInput.Errors.Count > 0 ? asInput.Errors[0].Message : $"The value cannot be written as \"{definition.Type}\".";
            Error(definition.Coordinate, $"Invalid default value: {reason}", source.Location);
            return;
        }

        if (ContainsVariable(literal))
        {
            Error(definition.Coordinate, "Invalid default value: a default value cannot contain variables.", source.Location);
            return;
        }

        var coerced = InputCoercion.CoerceInputLiteral(literal, definition.Type);
        if (!coerced.Succeeded)
        {
            foreach (var error in coerced.Errors)
            {
                Error(definition.Coordinate, $"Invalid default value: {error.Message}", source.Location);
            }

            return;
        }

        definition.SetDefaultValue(literal, coerced.Value);
    }

    private static bool ContainsVariable(ValueNode literal) => literal switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(static f => ContainsVariable(f.Value)),
        _ => false,
    };

    private void AssignNestedDefaults(
        NamedType type,
        Dictionary<InputValueDefinition, InputValueBuilder> sources,
        HashSet<InputObjectType> visiting)
    {
        if (type is not InputObjectType inputObject || !visiting.Add(inputObject))
        {
            return;
        }

        foreach (var field in inputObject.Fields)
        {
            if (sources.ContainsKey(field))
            {
                AssignDefaultValue(field, sources, visiting);
            }
            else
            {
                AssignNestedDefaults(field.Type.NamedType(), sources, visiting);
            }
        }
    }
}
