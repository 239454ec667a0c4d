using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Introspection;

/// <summary><c>__TypeKind</c> and <c>__DirectiveLocation</c> (spec 4.2.2, 4.2.6).</summary>
public static partial class IntrospectionTypes
{
    private static void CompleteEnums()
    {
        TypeKindType.Complete(Values(
            TypeKindType,
            (TypeKind.Scalar, "SCALAR", "Indicates this type is a scalar."),
            (TypeKind.Object, "OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            (TypeKind.Interface, "INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            (TypeKind.Union, "UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
            (TypeKind.Enum, "ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
            (TypeKind.InputObject, "INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
            (TypeKind.List, "LIST", "Indicates this type is a list. `ofType` is a valid field."),
            (TypeKind.NonNull, "NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field.")));

        DirectiveLocationType.Complete(Values(
            DirectiveLocationType,
            Location(DirectiveLocation.Query, "a query operation"),
            Location(DirectiveLocation.Mutation, "a mutation operation"),
            Location(DirectiveLocation.Subscription, "a subscription operation"),
            Location(DirectiveLocation.Field, "a field"),
            Location(DirectiveLocation.FragmentDefinition, "a fragment definition"),
            Location(DirectiveLocation.FragmentSpread, "a fragment spread"),
            Location(DirectiveLocation.InlineFragment, "an inline fragment"),
            Location(DirectiveLocation.VariableDefinition, "a variable definition"),
            Location(DirectiveLocation.Schema, "a schema definition"),
            Location(DirectiveLocation.Scalar, "a scalar definition"),
            Location(DirectiveLocation.Object, "an object type definition"),
            Location(DirectiveLocation.FieldDefinition, "a field definition"),
            Location(DirectiveLocation.ArgumentDefinition, "an argument definition"),
            Location(DirectiveLocation.Interface, "an interface definition"),
            Location(DirectiveLocation.Union, "a union definition"),
            Location(DirectiveLocation.Enum, "an enum definition"),
            Location(DirectiveLocation.EnumValue, "an enum value definition"),
            Location(DirectiveLocation.InputObject, "an input object type definition"),
            Location(DirectiveLocation.InputFieldDefinition, "an input object field definition"),
            Location(DirectiveLocation.DirectiveDefinition, "a directive definition")));
    }

    private static (object Value, string Name, string Description) Location(DirectiveLocation location, string adjacentTo) =>
        (location, location.ToName(), $"Location adjacent to {adjacentTo}.");

    private static NamedCollection<EnumValueDefinition> Values(EnumType type, params (object Value, string Name, string Description)[] values) =>
        new(values.Select(v => new EnumValueDefinition(type, v.Name, v.Description, v.Value, [], Empty.Features)), static v => v.Name);
}
