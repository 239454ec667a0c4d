using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Introspection;

/// <summary><c>__Field</c>, <c>__InputValue</c>, <c>__EnumValue</c> and <c>__Directive</c> (spec 4.2.3–4.2.6).</summary>
public static partial class IntrospectionTypes
{
    private static void CompleteFieldType()
    {
        var type = FieldType;
        Complete(
            type,
            Field(type, "name", null, BuiltInScalars.String.ToNonNull(), static c => c.ParentAs<FieldDefinition>().Name),
            Field(type, "description", null, BuiltInScalars.String, static c => c.ParentAs<FieldDefinition>().Description),
            Field(
                type,
                "args",
                null,
                InputValueType.ToNonNull().ToList().ToNonNull(),
                static c => Arguments(c, c.ParentAs<FieldDefinition>().Arguments),
                IncludeDeprecated("__Field.args")),
            Field(type, "type", null, TypeType.ToNonNull(), static c => c.ParentAs<FieldDefinition>().Type),
            Field(type, "isDeprecated", null, BuiltInScalars.Boolean.ToNonNull(), static c => c.ParentAs<FieldDefinition>().IsDeprecated),
            Field(type, "deprecationReason", null, BuiltInScalars.String, static c => c.ParentAs<FieldDefinition>().DeprecationReason));
    }

    private static void CompleteInputValueType()
    {
        var type = InputValueType;
        Complete(
            type,
            Field(type, "name", null, BuiltInScalars.String.ToNonNull(), static c => c.ParentAs<InputValueDefinition>().Name),
            Field(type, "description", null, BuiltInScalars.String, static c => c.ParentAs<InputValueDefinition>().Description),
            Field(type, "type", null, TypeType.ToNonNull(), static c => c.ParentAs<InputValueDefinition>().Type),
            Field(type, "defaultValue", Descriptions.DefaultValue, BuiltInScalars.String, static c => PrintDefaultValue(c.ParentAs<InputValueDefinition>())),
            Field(type, "isDeprecated", null, BuiltInScalars.Boolean.ToNonNull(), static c => c.ParentAs<InputValueDefinition>().IsDeprecated),
            Field(type, "deprecationReason", null, BuiltInScalars.String, static c => c.ParentAs<InputValueDefinition>().DeprecationReason));
    }

    private static void CompleteEnumValueType()
    {
        var type = EnumValueType;
        Complete(
            type,
            Field(type, "name", null, BuiltInScalars.String.ToNonNull(), static c => c.ParentAs<EnumValueDefinition>().Name),
            Field(type, "description", null, BuiltInScalars.String, static c => c.ParentAs<EnumValueDefinition>().Description),
            Field(type, "isDeprecated", null, BuiltInScalars.Boolean.ToNonNull(), static c => c.ParentAs<EnumValueDefinition>().IsDeprecated),
            Field(type, "deprecationReason", null, BuiltInScalars.String, static c => c.ParentAs<EnumValueDefinition>().DeprecationReason));
    }

    private static void CompleteDirectiveType()
    {
        var type = DirectiveType;
        Complete(
            type,
            Field(type, "name", null, BuiltInScalars.String.ToNonNull(), static c => c.ParentAs<DirectiveDefinition>().Name),
            Field(type, "description", null, BuiltInScalars.String, static c => c.ParentAs<DirectiveDefinition>().Description),
            Field(type, "isRepeatable", null, BuiltInScalars.Boolean.ToNonNull(), static c => c.ParentAs<DirectiveDefinition>().IsRepeatable),
            Field(
                type,
                "locations",
                null,
                DirectiveLocationType.ToNonNull().ToList().ToNonNull(),
                static c => c.ParentAs<DirectiveDefinition>().Locations),
            Field(
                type,
                "args",
                null,
                InputValueType.ToNonNull().ToList().ToNonNull(),
                static c => Arguments(c, c.ParentAs<DirectiveDefinition>().Arguments),
                IncludeDeprecated("__Directive.args")),
            Field(type, "isDeprecated", null, BuiltInScalars.Boolean.ToNonNull(), static c => c.ParentAs<DirectiveDefinition>().IsDeprecated),
            Field(type, "deprecationReason", null, BuiltInScalars.String, static c => c.ParentAs<DirectiveDefinition>().DeprecationReason));
    }

    private static IReadOnlyList<InputValueDefinition> Arguments(ResolverContext context, NamedCollection<InputValueDefinition> arguments) =>
        IncludeDeprecated(context) ? arguments : [.. arguments.Where(static a => !a.IsDeprecated)];

    /// <summary>The default value as graphql-js prints it (<c>print(astFromValue(...))</c>), or null without one.</summary>
    private static string? PrintDefaultValue(InputValueDefinition value) =>
        value.DefaultValue is { } literal ? LiteralPrinter.Print(literal) : null;
}
