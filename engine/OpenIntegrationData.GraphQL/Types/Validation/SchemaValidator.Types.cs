namespace OpenIntegrationData.GraphQL.Types.Validation;

/// <summary>Type validation for each kind of named type (spec 3.6–3.10).</summary>
internal sealed partial class SchemaValidator
{
    private void ValidateTypes()
    {
        foreach (var type in _schema.Types.Where(static t => !t.IsSpecifiedType))
        {
            ValidateName(type.Name, type.Name);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType union:
                    ValidateUnion(union);
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType);
                    break;
                case InputObjectType inputObject:
                    ValidateInputObject(inputObject);
                    break;
            }
        }

        ValidateNoNonNullCycles();
    }

    /// <summary>Spec 3.6 type validation 1–2: one or more uniquely named fields with valid arguments.</summary>
    private void ValidateFields(ComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            Error(type.Name, $"Type {type.Name} must define one or more fields.");
        }

        ValidateUniqueNames(type.Fields, static f => f.Name, static f => $"Field \"{f.Coordinate}\" can only be defined once.", static f => f.Coordinate);
        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.Coordinate);
            ValidateArguments(field.Arguments);
        }
    }

    /// <summary>Spec 3.8 type validation: one or more unique object members.</summary>
    private void ValidateUnion(UnionType union)
    {
        if (union.Types.Count == 0)
        {
            Error(union.Name, $"Union type {union.Name} must define one or more member types.");
        }

        ValidateUniqueNames(union.Types, static t => t.Name, t => $"Union type {union.Name} can only include type {t.Name} once.", _ => union.Name);
    }

    /// <summary>Spec 3.9 type validation: one or more unique values, none named true, false or null.</summary>
    private void ValidateEnum(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Error(enumType.Name, $"Enum type {enumType.Name} must define one or more values.");
        }

        ValidateUniqueNames(enumType.Values, static v => v.Name, static v => $"Enum value \"{v.Coordinate}\" can only be defined once.", static v => v.Coordinate);
        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, value.Coordinate);
            if (value.Name is "true" or "false" or "null")
            {
                Error(value.Coordinate, $"Enum type {enumType.Name} cannot include value: {value.Name}.");
            }
        }
    }

    /// <summary>Spec 3.10 type validation, including OneOf (3.10.1) and non-null self references.</summary>
    private void ValidateInputObject(InputObjectType inputObject)
    {
        if (inputObject.Fields.Count == 0)
        {
            Error(inputObject.Name, $"Input Object type {inputObject.Name} must define one or more fields.");
        }

        ValidateUniqueNames(inputObject.Fields, static f => f.Name, static f => $"Input field \"{f.Coordinate}\" can only be defined once.", static f => f.Coordinate);
        foreach (var field in inputObject.Fields)
        {
            ValidateName(field.Name, field.Coordinate);
            if (field.IsRequired && field.IsDeprecated)
            {
                Error(field.Coordinate, $"Required input field {field.Coordinate} cannot be deprecated.");
            }

            if (inputObject.IsOneOf)
            {
                ValidateOneOfField(field);
            }
        }
    }

    private void ValidateOneOfField(InputValueDefinition field)
    {
        if (field.Type.IsNonNull)
        {
            Error(field.Coordinate, $"OneOf input field {field.Coordinate} must be nullable.");
        }

        if (field.HasDefaultValue)
        {
            Error(field.Coordinate, $"OneOf input field {field.Coordinate} cannot have a default value.");
        }
    }

    /// <summary>
    /// Spec 3.10 type validation 3: an input object may reference itself only through a nullable
    /// or list field, otherwise no finite value could be written. Like graphql-js, every cycle is
    /// reported once, at the type where the walk meets it again.
    /// </summary>
    private void ValidateNoNonNullCycles()
    {
        var visited = new HashSet<InputObjectType>();
        var path = new List<InputValueDefinition>();
        var pathIndex = new Dictionary<InputObjectType, int>();
        foreach (var inputObject in _schema.Types.OfType<InputObjectType>())
        {
            FindNonNullCycles(inputObject, visited, path, pathIndex);
        }
    }

    private void FindNonNullCycles(
        InputObjectType type,
        HashSet<InputObjectType> visited,
        List<InputValueDefinition> path,
        Dictionary<InputObjectType, int> pathIndex)
    {
        if (!visited.Add(type))
        {
            return;
        }

        pathIndex[type] = path.Count;
        foreach (var field in type.Fields)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType next })
            {
                continue;
            }

            path.Add(field);
            if (pathIndex.TryGetValue(next, out var start))
            {
                var cycle = string.Join(".", path.Skip(start).Select(static f => f.Name));
                Error(next.Name, $"Cannot reference Input Object \"{next.Name}\" within itself through a series of non-null fields: \"{cycle}\".");
            }
            else
            {
                FindNonNullCycles(next, visited, path, pathIndex);
            }

            path.RemoveAt(path.Count - 1);
        }

        pathIndex.Remove(type);
    }
}
