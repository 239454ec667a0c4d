using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Introspection;

/// <summary><c>__Type</c> (spec 4.2.2): named types and the list and non-null wrappers alike.</summary>
public static partial class IntrospectionTypes
{
    private static void CompleteTypeType()
    {
        var type = TypeType;
        const string owner = "__Type";
        Complete(
            type,
            Field(type, "kind", null, TypeKindType.ToNonNull(), static c => c.ParentAs<GraphQLType>().Kind),
            Field(type, "name", null, BuiltInScalars.String, static c => (c.Parent as NamedType)?.Name),
            Field(type, "description", null, BuiltInScalars.String, static c => (c.Parent as NamedType)?.Description),
            Field(type, "specifiedByURL", null, BuiltInScalars.String, static c => SpecifiedByUrl(c.Parent as ScalarType)),
            Field(type, "fields", null, FieldType.ToNonNull().ToList(), static c => FieldsOf(c), IncludeDeprecated($"{owner}.fields")),
            Field(type, "interfaces", null, TypeType.ToNonNull().ToList(), static c => (c.Parent as ComplexType)?.Interfaces),
            Field(type, "possibleTypes", null, TypeType.ToNonNull().ToList(), static c => PossibleTypesOf(c)),
            Field(type, "enumValues", null, EnumValueType.ToNonNull().ToList(), static c => EnumValuesOf(c), IncludeDeprecated($"{owner}.enumValues")),
            Field(type, "inputFields", null, InputValueType.ToNonNull().ToList(), static c => InputFieldsOf(c), IncludeDeprecated($"{owner}.inputFields")),
            Field(type, "ofType", null, TypeType, static c => OfType(c.Parent)),
            Field(type, "isOneOf", null, BuiltInScalars.Boolean, static c => (c.Parent as InputObjectType)?.IsOneOf));
    }

    private static string? SpecifiedByUrl(ScalarType? scalar)
    {
        if (scalar is null)
        {
            return null;
        }

        if (scalar.SpecifiedByUrl is { } url)
        {
            return url;
        }

        var applied = scalar.Directives.FirstOrDefault(static d => d.Name == BuiltInDirectives.SpecifiedByName);
        return applied?.GetArgument("url") is StringValueNode text ? text.Value : null;
    }

    private static IReadOnlyList<FieldDefinition>? FieldsOf(ResolverContext context)
    {
        if (context.Parent is not ComplexType complex)
        {
            return null;
        }

        return IncludeDeprecated(context) ? complex.Fields : [.. complex.Fields.Where(static f => !f.IsDeprecated)];
    }

    private static IReadOnlyList<ObjectType>? PossibleTypesOf(ResolverContext context) =>
        context.Parent is NamedType { IsAbstractType: true } abstractType ? context.Schema.GetPossibleTypes(abstractType) : null;

    private static IReadOnlyList<EnumValueDefinition>? EnumValuesOf(ResolverContext context)
    {
        if (context.Parent is not EnumType enumType)
        {
            return null;
        }

        return IncludeDeprecated(context) ? enumType.Values : [.. enumType.Values.Where(static v => !v.IsDeprecated)];
    }

    private static IReadOnlyList<InputValueDefinition>? InputFieldsOf(ResolverContext context)
    {
        if (context.Parent is not InputObjectType inputObject)
        {
            return null;
        }

        return IncludeDeprecated(context) ? inputObject.Fields : [.. inputObject.Fields.Where(static f => !f.IsDeprecated)];
    }

    private static GraphQLType? OfType(object? type) => type switch
    {
        ListType list => list.OfType,
        NonNullType nonNull => nonNull.OfType,
        _ => null,
    };
}
