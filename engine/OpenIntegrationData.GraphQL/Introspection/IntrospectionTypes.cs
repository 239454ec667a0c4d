using System.Runtime.CompilerServices;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Introspection;

/// <summary>
/// The introspection types of the September 2025 spec (section 4.2): <c>__Schema</c>,
/// <c>__Type</c>, <c>__TypeKind</c>, <c>__Field</c>, <c>__InputValue</c>, <c>__EnumValue</c>,
/// <c>__Directive</c> and <c>__DirectiveLocation</c>, with the descriptions graphql-js gives
/// them. They do not depend on a schema (resolvers read it from their context), so they are
/// built once and shared.
/// </summary>
public static partial class IntrospectionTypes
{
    private static readonly ConditionalWeakTable<Schema, IReadOnlyList<NamedType>> TypesBySchema = [];

    static IntrospectionTypes()
    {
        SchemaType = new ObjectType("__Schema", Descriptions.Schema);
        TypeType = new ObjectType("__Type", Descriptions.Type);
        FieldType = new ObjectType("__Field", Descriptions.Field);
        InputValueType = new ObjectType("__InputValue", Descriptions.InputValue);
        EnumValueType = new ObjectType("__EnumValue", Descriptions.EnumValue);
        DirectiveType = new ObjectType("__Directive", Descriptions.Directive);
        TypeKindType = new EnumType("__TypeKind", Descriptions.TypeKind);
        DirectiveLocationType = new EnumType("__DirectiveLocation", Descriptions.DirectiveLocation);
        CompleteEnums();
        CompleteSchemaType();
        CompleteTypeType();
        CompleteFieldType();
        CompleteInputValueType();
        CompleteEnumValueType();
        CompleteDirectiveType();
        All = [SchemaType, TypeType, TypeKindType, FieldType, InputValueType, EnumValueType, DirectiveType, DirectiveLocationType];
    }

    /// <summary><c>__Schema</c></summary>
    public static ObjectType SchemaType { get; }

    /// <summary><c>__Type</c></summary>
    public static ObjectType TypeType { get; }

    /// <summary><c>__TypeKind</c></summary>
    public static EnumType TypeKindType { get; }

    /// <summary><c>__Field</c></summary>
    public static ObjectType FieldType { get; }

    /// <summary><c>__InputValue</c></summary>
    public static ObjectType InputValueType { get; }

    /// <summary><c>__EnumValue</c></summary>
    public static ObjectType EnumValueType { get; }

    /// <summary><c>__Directive</c></summary>
    public static ObjectType DirectiveType { get; }

    /// <summary><c>__DirectiveLocation</c></summary>
    public static EnumType DirectiveLocationType { get; }

    /// <summary>The eight introspection types.</summary>
    public static IReadOnlyList<NamedType> All { get; }

    /// <summary>An introspection type by name, or null.</summary>
    public static NamedType? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>
    /// A named type of <paramref name="schema"/> or of introspection, as <c>__type(name:)</c>
    /// and type conditions see them; null when there is none.
    /// </summary>
    public static NamedType? FindType(Schema schema, string name)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(name);
        if (schema.FindType(name) is { } type)
        {
            return type;
        }

        return name switch
        {
            "String" => BuiltInScalars.String,
            "Boolean" => BuiltInScalars.Boolean,
            _ => Find(name),
        };
    }

    /// <summary>
    /// Every type <c>__Schema.types</c> lists: the schema's types, the built-in <c>String</c>
    /// and <c>Boolean</c> that introspection itself uses, and the introspection types.
    /// </summary>
    public static IReadOnlyList<NamedType> TypesOf(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return TypesBySchema.GetValue(schema, static s =>
        {
            var types = new List<NamedType>(s.Types);
            foreach (var scalar in new NamedType[] { BuiltInScalars.String, BuiltInScalars.Boolean })
            {
                if (s.FindType(scalar.Name) is null)
                {
                    types.Add(scalar);
                }
            }

            types.AddRange(All);
            return types.AsReadOnly();
        });
    }

    internal static FieldDefinition MetaField(
        string name,
        string description,
        GraphQLType type,
        Func<ResolverContext, object?> resolve,
        params InputValueDefinition[] arguments) =>
        Field(MetaOwner, name, description, type, resolve, arguments);

    internal static InputValueDefinition Argument(string owner, string name, GraphQLType type, ValueNode? defaultValue = null, object? coercedDefault = null)
    {
        var argument = new InputValueDefinition($"{owner}({name}:)", name, null, type, null, [], Empty.Features);
        if (defaultValue is not null)
        {
            argument.SetDefaultValue(defaultValue, coercedDefault);
        }

        return argument;
    }

    // The meta-fields have no declaring type in the schema; graphql-js reports them without one too.
    private static ObjectType MetaOwner { get; } = new("__MetaFields", null);

    private static FieldDefinition Field(
        ComplexType owner,
        string name,
        string? description,
        GraphQLType type,
        Func<ResolverContext, object?> resolve,
        params InputValueDefinition[] arguments)
    {
        var features = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [FieldResolver.FeatureKey] = FieldResolver.FromSync(resolve),
        };
        return new FieldDefinition(
            owner,
            name,
            description,
            type,
            new NamedCollection<InputValueDefinition>(arguments, static a => a.Name),
            [],
            features.AsReadOnly());
    }

    // Nullable with a false default, as graphql-js 16 and HotChocolate 15 declare it (the September 2025
    // spec says Boolean!): clients generated against either send `includeDeprecated: null` and must work.
    private static InputValueDefinition IncludeDeprecated(string owner) =>
        Argument(owner, "includeDeprecated", BuiltInScalars.Boolean, new BooleanValueNode(false), false);

    // The newer __Schema.directives argument is non-null in graphql-js 16.15, as the spec has it.
    private static InputValueDefinition IncludeDeprecatedNonNull(string owner) =>
        Argument(owner, "includeDeprecated", BuiltInScalars.Boolean.ToNonNull(), new BooleanValueNode(false), false);

    private static bool IncludeDeprecated(ResolverContext context) => context.ArgumentValue<bool?>("includeDeprecated") == true;

    private static void Complete(ObjectType type, params FieldDefinition[] fields) =>
        type.Complete([], new NamedCollection<FieldDefinition>(fields, static f => f.Name));
}
