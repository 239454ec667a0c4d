using OpenIntegrationData.GraphQL.Types.Coercion;

namespace OpenIntegrationData.GraphQL.Types.Validation;

/// <summary>
/// Directives applied in the schema (spec 3.13 "Validation", 5.7 applied to SDL): known,
/// allowed at the location, not repeated unless repeatable, with known, valid and complete arguments.
/// </summary>
internal sealed partial class SchemaValidator
{
    private void ValidateAppliedDirectives()
    {
        Check(_schema, DirectiveLocation.Schema, "schema");
        foreach (var type in _schema.Types.Where(static t => !t.IsSpecifiedType))
        {
            CheckType(type);
        }

        foreach (var directive in _schema.DirectiveDefinitions.Where(static d => !d.IsSpecified))
        {
            CheckAll(directive.Arguments, DirectiveLocation.ArgumentDefinition);
        }
    }

    private void CheckType(NamedType type)
    {
        switch (type)
        {
            case ScalarType:
                Check(type, DirectiveLocation.Scalar, type.Name);
                break;
            case ObjectType or InterfaceType:
                Check(type, type is ObjectType ? DirectiveLocation.Object : DirectiveLocation.Interface, type.Name);
                foreach (var field in ((ComplexType)type).Fields)
                {
                    Check(field, DirectiveLocation.FieldDefinition, field.Coordinate);
                    CheckAll(field.Arguments, DirectiveLocation.ArgumentDefinition);
                }

                break;
            case UnionType:
                Check(type, DirectiveLocation.Union, type.Name);
                break;
            case EnumType enumType:
                Check(type, DirectiveLocation.Enum, type.Name);
                foreach (var value in enumType.Values)
                {
                    Check(value, DirectiveLocation.EnumValue, value.Coordinate);
                }

                break;
            case InputObjectType inputObject:
                Check(type, DirectiveLocation.InputObject, type.Name);
                CheckAll(inputObject.Fields, DirectiveLocation.InputFieldDefinition);
                break;
        }
    }

    private void CheckAll(IEnumerable<InputValueDefinition> values, DirectiveLocation location)
    {
        foreach (var value in values)
        {
            Check(value, location, value.Coordinate);
        }
    }

    private void Check(IHasDirectives element, DirectiveLocation location, string coordinate)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var applied in element.Directives)
        {
            var definition = _schema.FindDirective(applied.Name);
            if (definition is null)
            {
                Error(coordinate, $"Unknown directive \"@{applied.Name}\".", applied.Location);
                continue;
            }

            if (!definition.IsAllowedAt(location))
            {
                Error(coordinate, $"Directive \"@{applied.Name}\" may not be used on {location.ToName()}.", applied.Location);
            }

            if (!used.Add(applied.Name) && !definition.IsRepeatable)
            {
                Error(coordinate, $"The directive \"@{applied.Name}\" can only be used once at this location.", applied.Location);
            }

            CheckArguments(applied, definition, coordinate);
        }
    }

    private void CheckArguments(AppliedDirective applied, DirectiveDefinition definition, string coordinate)
    {
        foreach (var argument in applied.Arguments)
        {
            var argumentDefinition = definition.Arguments.Find(argument.Name.Value);
            if (argumentDefinition is null)
            {
                Error(coordinate, $"Unknown argument \"{argument.Name.Value}\" on directive \"@{definition.Name}\".", applied.Location);
                continue;
            }

            var coerced = InputCoercion.CoerceInputLiteral(argument.Value, argumentDefinition.Type);
            foreach (var error in coerced.Errors)
            {
                Error(coordinate, $"Invalid value for \"{argumentDefinition.Coordinate}\": {error.Message}", applied.Location);
            }
        }

        foreach (var argumentDefinition in definition.Arguments)
        {
            var given = applied.GetArgument(argumentDefinition.Name) is not null;
            if (!given && argumentDefinition.IsRequired)
            {
                Error(
                    coordinate,
                    $"Argument \"{argumentDefinition.Coordinate}\" of type \"{argumentDefinition.Type}\" is required, but it was not provided.",
                    applied.Location);
            }
        }
    }
}
