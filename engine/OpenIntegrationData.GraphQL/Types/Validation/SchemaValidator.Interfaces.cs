namespace OpenIntegrationData.GraphQL.Types.Validation;

/// <summary>
/// Interface implementation rules (spec 3.6 type validation 4, 3.7 IsValidImplementation and
/// IsValidImplementationFieldType): transitive interfaces declared, every interface field
/// present with a covariant type and the same arguments, extra arguments optional.
/// </summary>
internal sealed partial class SchemaValidator
{
    private void ValidateInterfaces(ComplexType type)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (var implemented in type.Interfaces)
        {
            if (ReferenceEquals(implemented, type))
            {
                Error(type.Name, $"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!seen.Add(implemented))
            {
                Error(type.Name, $"Type {type.Name} can only implement {implemented.Name} once.");
                continue;
            }

            ValidateTransitiveInterfaces(type, implemented);
            ValidateImplementedFields(type, implemented);
        }
    }

    private void ValidateTransitiveInterfaces(ComplexType type, InterfaceType implemented)
    {
        foreach (var transitive in implemented.Interfaces)
        {
            if (ReferenceEquals(transitive, type))
            {
                Error(
                    type.Name,
                    $"Type {type.Name} cannot implement {implemented.Name} because it would create a circular reference.");
                continue;
            }

            if (!type.Interfaces.Contains(transitive))
            {
                Error(type.Name, $"Type {type.Name} must implement {transitive.Name} because it is implemented by {implemented.Name}.");
            }
        }
    }

    private void ValidateImplementedFields(ComplexType type, InterfaceType implemented)
    {
        foreach (var interfaceField in implemented.Fields)
        {
            var field = type.FindField(interfaceField.Name);
            if (field is null)
            {
                Error(
                    type.Name,
                    $"Interface field {interfaceField.Coordinate} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!_schema.IsTypeSubTypeOf(field.Type, interfaceField.Type))
            {
                Error(
                    field.Coordinate,
                    $"Interface field {interfaceField.Coordinate} expects type {interfaceField.Type} but {field.Coordinate} is type {field.Type}.");
            }

            ValidateImplementedArguments(field, interfaceField);
        }
    }

    private void ValidateImplementedArguments(FieldDefinition field, FieldDefinition interfaceField)
    {
        foreach (var interfaceArgument in interfaceField.Arguments)
        {
            var argument = field.Arguments.Find(interfaceArgument.Name);
            if (argument is null)
            {
                Error(
                    field.Coordinate,
                    $"Interface field argument {interfaceArgument.Coordinate} expected but {field.Coordinate} does not provide it.");
                continue;
            }

            // Arguments are invariant: the exact same type.
            if (!argument.Type.Equals(interfaceArgument.Type))
            {
                Error(
                    argument.Coordinate,
                    $"Interface field argument {interfaceArgument.Coordinate} expects type {interfaceArgument.Type} but {argument.Coordinate} is type {argument.Type}.");
            }
        }

        foreach (var argument in field.Arguments)
        {
            if (argument.IsRequired && !interfaceField.Arguments.Contains(argument.Name))
            {
                Error(
                    argument.Coordinate,
                    $"Argument \"{argument.Coordinate}\" must not be required type \"{argument.Type}\" if not provided by the Interface field \"{interfaceField.Coordinate}\".");
            }
        }
    }
}
