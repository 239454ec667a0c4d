using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Introspection;

/// <summary>
/// The meta-fields (spec 4.1, 4.2): <c>__typename</c> on every object, interface and union
/// type, and <c>__schema</c> and <c>__type(name:)</c> on the query root type. They are not part
/// of the schema's types; the planner and the validator look them up here.
/// </summary>
public static class IntrospectionFields
{
    /// <summary><c>__typename: String!</c> — the name of the object type at runtime (spec 4.1).</summary>
    public static FieldDefinition TypeName { get; } = IntrospectionTypes.MetaField(
        "__typename",
        "The name of the current Object type at runtime.",
        BuiltInScalars.String.ToNonNull(),
        static context => context.Field.ParentType.Name);

    /// <summary><c>__schema: __Schema!</c> — the schema itself (spec 4.2).</summary>
    public static FieldDefinition Schema { get; } = IntrospectionTypes.MetaField(
        "__schema",
        "Access the current type schema of this server.",
        IntrospectionTypes.SchemaType.ToNonNull(),
        static context => context.Schema);

    /// <summary><c>__type(name: String!): __Type</c> — one named type, or null (spec 4.2).</summary>
    public static FieldDefinition Type { get; } = IntrospectionTypes.MetaField(
        "__type",
        "Request the type information of a single type.",
        IntrospectionTypes.TypeType,
        static context => context.ArgumentValue<string>("name") is { } name ? IntrospectionTypes.FindType(context.Schema, name) : null,
        IntrospectionTypes.Argument("__type", "name", BuiltInScalars.String.ToNonNull()));

    /// <summary>The meta-field named <paramref name="fieldName"/> available on <paramref name="parentType"/>, or null.</summary>
    public static FieldDefinition? Find(Types.Schema schema, NamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(parentType);
        if (fieldName == TypeName.Name)
        {
            return parentType.IsCompositeType ? TypeName : null;
        }

        if (!ReferenceEquals(parentType, schema.QueryType))
        {
            return null;
        }

        return fieldName == Schema.Name ? Schema : fieldName == Type.Name ? Type : null;
    }
}
