using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types.Validation;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>
/// Turns the builder's definitions into the immutable type model: creates every named type,
/// resolves type references, completes fields and members, coerces default values, picks the
/// root types, then validates the result (spec 3). Collects all problems before throwing.
/// </summary>
internal sealed partial class SchemaAssembler
{
    private readonly SchemaBuilder _builder;
    private readonly IReadOnlyList<SchemaBuilder.TypeExtension> _extensions;
    private readonly List<SchemaError> _errors = [];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<(NamedType Type, object Builder)> _definitions = [];
    private readonly HashSet<ScalarType> _usedBuiltInScalars = [BuiltInScalars.String, BuiltInScalars.Boolean];

    public SchemaAssembler(SchemaBuilder builder, IReadOnlyList<SchemaBuilder.TypeExtension> extensions)
    {
        _builder = builder;
        _extensions = extensions;
    }

    public Schema Assemble()
    {
        ApplyExtensions();
        CreateTypes();
        var directives = CreateDirectiveDefinitions();
        CompleteTypes();
        AssignDefaultValues();
        var query = ResolveRootType(OperationType.Query);
        var mutation = ResolveRootType(OperationType.Mutation);
        var subscription = ResolveRootType(OperationType.Subscription);
        if (query is null)
        {
            if (!_builder.SchemaDefinition.RootTypes.ContainsKey(OperationType.Query))
            {
                _errors.Add(new SchemaError(null, "Query root type must be provided."));
            }

            throw new SchemaException(_errors);
        }

        var definition = _builder.SchemaDefinition;
        var schema = new Schema(
            definition.DescriptionText,
            query,
            mutation,
            subscription,
            CollectTypes(),
            directives,
            [.. definition.AppliedDirectives],
            definition.FreezeFeatures());
        _errors.AddRange(SchemaValidator.Validate(schema));
        return _errors.Count == 0 ? schema : throw new SchemaException(_errors);
    }

    private void Error(string? coordinate, string message, Location? location) =>
        _errors.Add(new SchemaError(coordinate, message, location));

    private void ApplyExtensions()
    {
        foreach (var extension in _extensions)
        {
            var target = _builder.TypeBuilders.FirstOrDefault(b => NameOf(b) == extension.Name);
            if (target is null)
            {
                Error(extension.Name, $"Cannot extend type \"{extension.Name}\" because it is not defined.", extension.Location);
                continue;
            }

            if (KindOf(target) != extension.Kind)
            {
                Error(extension.Name, $"Cannot extend non-{KindName(extension.Kind)} type \"{extension.Name}\".", extension.Location);
                continue;
            }

            extension.Apply(target);
        }
    }

    private void CreateTypes()
    {
        foreach (var builder in _builder.TypeBuilders)
        {
            var name = NameOf(builder);
            if (BuiltInScalars.Find(name) is not null)
            {
                Error(name, $"The built-in scalar \"{name}\" cannot be redefined.", LocationOf(builder));
                continue;
            }

            if (_types.ContainsKey(name))
            {
                Error(name, $"There can be only one type named \"{name}\".", LocationOf(builder));
                continue;
            }

            var type = CreateShell(builder);
            _types[name] = type;
            _definitions.Add((type, builder));
        }
    }

    private static NamedType CreateShell(object builder) => builder switch
    {
        ObjectTypeBuilder b => new ObjectType(b.Name, b.DescriptionText),
        InterfaceTypeBuilder b => new InterfaceType(b.Name, b.DescriptionText),
        UnionTypeBuilder b => new UnionType(b.Name, b.DescriptionText),
        EnumTypeBuilder b => new EnumType(b.Name, b.DescriptionText),
        InputObjectTypeBuilder b => new InputObjectType(b.Name, b.DescriptionText),
        ScalarTypeBuilder b => b.Scalar,
        _ => throw new InvalidOperationException($"Unknown type builder {builder.GetType().Name}."),
    };

    private ObjectType? ResolveRootType(OperationType operation)
    {
        var operationName = operation.ToString();
        NamedType? type;
        if (_builder.SchemaDefinition.RootTypes.TryGetValue(operation, out var root))
        {
            if (!_types.TryGetValue(root.Name, out type))
            {
                Error("schema", $"Unknown type \"{root.Name}\".", root.Location);
                return null;
            }
        }
        else if (!_types.TryGetValue(operationName, out type))
        {
            return null;
        }

        if (type is ObjectType objectType)
        {
            return objectType;
        }

        Error("schema", $"{operationName} root type must be Object type, it cannot be {type.Name}.", root.Location);
        return null;
    }

    private List<NamedType> CollectTypes()
    {
        var types = _definitions.Select(static d => d.Type).ToList();
        types.AddRange(BuiltInScalars.All.Where(_usedBuiltInScalars.Contains));
        return types;
    }

    private static string NameOf(object builder) => builder switch
    {
        ObjectTypeBuilder b => b.Name,
        InterfaceTypeBuilder b => b.Name,
        UnionTypeBuilder b => b.Name,
        EnumTypeBuilder b => b.Name,
        InputObjectTypeBuilder b => b.Name,
        ScalarTypeBuilder b => b.Name,
        _ => throw new InvalidOperationException($"Unknown type builder {builder.GetType().Name}."),
    };

    private static Location? LocationOf(object builder) => builder switch
    {
        ObjectTypeBuilder b => b.Location,
        InterfaceTypeBuilder b => b.Location,
        UnionTypeBuilder b => b.Location,
        EnumTypeBuilder b => b.Location,
        InputObjectTypeBuilder b => b.Location,
        ScalarTypeBuilder b => b.Location,
        _ => null,
    };

    private static TypeKind KindOf(object builder) => builder switch
    {
        ObjectTypeBuilder => TypeKind.Object,
        InterfaceTypeBuilder => TypeKind.Interface,
        UnionTypeBuilder => TypeKind.Union,
        EnumTypeBuilder => TypeKind.Enum,
        InputObjectTypeBuilder => TypeKind.InputObject,
        _ => TypeKind.Scalar,
    };

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Object => "object",
        TypeKind.Interface => "interface",
        TypeKind.Union => "union",
        TypeKind.Enum => "enum",
        TypeKind.InputObject => "input object",
        _ => "scalar",
    };
}
