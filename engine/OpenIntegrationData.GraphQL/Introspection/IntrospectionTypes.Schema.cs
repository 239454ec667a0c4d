using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Introspection;

/// <summary><c>__Schema</c> (spec 4.2.1).</summary>
public static partial class IntrospectionTypes
{
    private static void CompleteSchemaType()
    {
        var type = SchemaType;
        var typeList = TypeType.ToNonNull().ToList().ToNonNull();
        Complete(
            type,
            Field(type, "description", null, BuiltInScalars.String, static c => c.ParentAs<Schema>().Description),
            Field(type, "types", Descriptions.SchemaTypes, typeList, static c => TypesOf(c.ParentAs<Schema>())),
            Field(type, "queryType", Descriptions.SchemaQueryType, TypeType.ToNonNull(), static c => c.ParentAs<Schema>().QueryType),
            Field(type, "mutationType", Descriptions.SchemaMutationType, TypeType, static c => c.ParentAs<Schema>().MutationType),
            Field(type, "subscriptionType", Descriptions.SchemaSubscriptionType, TypeType, static c => c.ParentAs<Schema>().SubscriptionType),
            Field(
                type,
                "directives",
                Descriptions.SchemaDirectives,
                DirectiveType.ToNonNull().ToList().ToNonNull(),
                static c => DirectivesOf(c),
                IncludeDeprecatedNonNull("__Schema.directives")));
    }

    private static IReadOnlyList<DirectiveDefinition> DirectivesOf(ResolverContext context)
    {
        var directives = context.ParentAs<Schema>().DirectiveDefinitions;
        return IncludeDeprecated(context) ? directives : [.. directives.Where(static d => !d.IsDeprecated)];
    }
}
