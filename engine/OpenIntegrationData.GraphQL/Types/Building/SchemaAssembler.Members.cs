using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>Completes each named type: fields, arguments, interfaces, members, values, input fields.</summary>
internal sealed partial class SchemaAssembler
{
    private readonly List<(InputValueDefinition Definition, InputValueBuilder Source)> _pendingDefaults = [];

    private void CompleteTypes()
    {
        foreach (var (type, builder) in _definitions)
        {
            switch (builder)
            {
                case ObjectTypeBuilder b:
                    CompleteComplexType((ComplexType)type, b.InterfaceNames, b.Fields);
                    break;
                case InterfaceTypeBuilder b:
                    CompleteComplexType((ComplexType)type, b.InterfaceNames, b.Fields);
                    break;
                case UnionTypeBuilder b:
                    CompleteUnion((UnionType)type, b);
                    break;
                case EnumTypeBuilder b:
                    CompleteEnum((EnumType)type, b);
                    break;
                case InputObjectTypeBuilder b:
                    ((InputObjectType)type).Complete(BuildInputValues(b.Fields, name => $"{b.Name}.{name}"));
                    break;
            }

            SetTypeMetadata(type, builder);
        }
    }

    private static void SetTypeMetadata(NamedType type, object builder)
    {
        var (directives, features) = builder switch
        {
            ObjectTypeBuilder b => (b.AppliedDirectives, b.FreezeFeatures()),
            InterfaceTypeBuilder b => (b.AppliedDirectives, b.FreezeFeatures()),
            UnionTypeBuilder b => (b.AppliedDirectives, b.FreezeFeatures()),
            EnumTypeBuilder b => (b.AppliedDirectives, b.FreezeFeatures()),
            InputObjectTypeBuilder b => (b.AppliedDirectives, b.FreezeFeatures()),
            ScalarTypeBuilder b => (b.AppliedDirectives, b.FreezeFeatures()),
            _ => throw new InvalidOperationException($"Unknown type builder {builder.GetType().Name}."),
        };
        type.SetMetadata([.. directives], features);
    }

    private void CompleteComplexType(
        ComplexType type,
        IReadOnlyList<(string Name, Location? Location)> interfaceNames,
        IReadOnlyList<FieldBuilder> fieldBuilders)
    {
        var interfaces = new List<InterfaceType>();
        foreach (var (name, location) in interfaceNames)
        {
            if (ResolveNamed(name, type.Name, location) is not { } resolved)
            {
                continue;
            }

            if (resolved is InterfaceType interfaceType)
            {
                interfaces.Add(interfaceType);
                continue;
            }

            Error(type.Name, $"Type \"{type.Name}\" must only implement Interface types, it cannot implement \"{name}\".", location);
        }

        var fields = new List<FieldDefinition>();
        foreach (var field in fieldBuilders)
        {
            var coordinate = $"{type.Name}.{field.Name}";
            var arguments = BuildInputValues(field.Arguments, name => $"{coordinate}({name}:)");
            if (Resolve(field.Type, coordinate, field.Location) is not { } fieldType)
            {
                continue;
            }

            if (!fieldType.IsOutputType)
            {
                Error(coordinate, $"The type of \"{coordinate}\" must be Output Type but got: \"{fieldType}\".", field.Location);
                continue;
            }

            fields.Add(new FieldDefinition(
                type, field.Name, field.DescriptionText, fieldType, arguments, [.. field.AppliedDirectives], field.FreezeFeatures()));
        }

        type.Complete(interfaces, new NamedCollection<FieldDefinition>(fields, static f => f.Name));
    }

    private void CompleteUnion(UnionType union, UnionTypeBuilder builder)
    {
        var members = new List<ObjectType>();
        foreach (var (name, location) in builder.MemberNames)
        {
            if (ResolveNamed(name, union.Name, location) is not { } resolved)
            {
                continue;
            }

            if (resolved is ObjectType objectType)
            {
                members.Add(objectType);
                continue;
            }

            Error(union.Name, $"Union type \"{union.Name}\" can only include Object types, it cannot include \"{name}\".", location);
        }

        union.Complete(members);
    }

    private static void CompleteEnum(EnumType type, EnumTypeBuilder builder)
    {
        var values = builder.ValueBuilders.Select(v => new EnumValueDefinition(
            type, v.Name, v.DescriptionText, v.RuntimeValue ?? v.Name, [.. v.AppliedDirectives], v.FreezeFeatures()));
        type.Complete(new NamedCollection<EnumValueDefinition>(values, static v => v.Name));
    }

    private NamedCollection<InputValueDefinition> BuildInputValues(
        IReadOnlyList<InputValueBuilder> builders,
        Func<string, string> coordinateOf)
    {
        var definitions = new List<InputValueDefinition>();
        foreach (var builder in builders)
        {
            var coordinate = coordinateOf(builder.Name);
            if (Resolve(builder.Type, coordinate, builder.Location) is not { } type)
            {
                continue;
            }

            if (!type.IsInputType)
            {
                Error(coordinate, $"The type of \"{coordinate}\" must be Input Type but got: \"{type}\".", builder.Location);
                continue;
            }

            var definition = new InputValueDefinition(
                coordinate, builder.Name, builder.DescriptionText, type, null, [.. builder.AppliedDirectives], builder.FreezeFeatures());
            if (builder.HasDefault)
            {
                _pendingDefaults.Add((definition, builder));
            }

            definitions.Add(definition);
        }

        return new NamedCollection<InputValueDefinition>(definitions, static d => d.Name);
    }

    private GraphQLType? Resolve(TypeReference reference, string coordinate, Location? location) =>
        Resolve(reference.Syntax, coordinate, location);

    private GraphQLType? Resolve(TypeNode node, string coordinate, Location? location) => node switch
    {
        NamedTypeNode named => ResolveNamed(named.Name.Value, coordinate, named.Location ?? location),
        ListTypeNode list => Resolve(list.Type, coordinate, location)?.ToList(),
        NonNullTypeNode nonNull => Resolve(nonNull.Type, coordinate, location)?.ToNonNull(),
        _ => null,
    };

    private NamedType? ResolveNamed(string name, string coordinate, Location? location)
    {
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        if (BuiltInScalars.Find(name) is { } scalar)
        {
            _usedBuiltInScalars.Add(scalar);
            return scalar;
        }

        Error(coordinate, $"Unknown type \"{name}\".", location);
        return null;
    }
}
