using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Tests.Conformance;

/// <summary>
/// A canonical form of SDL, so that our HotChocolate-style printer and graphql-js's
/// <c>printSchema</c> can be compared. Both texts are parsed and printed again after removing
/// only the differences the two printing conventions are allowed to have:
/// <list type="number">
/// <item>layout (arguments inline or one per line, line breaks, indentation): gone by re-printing;</item>
/// <item>descriptions as block or quoted strings: compared by value;</item>
/// <item>definition order (HotChocolate groups by kind and sorts by name; graphql-js keeps the
/// introspection order): sorted by name, the schema definition first;</item>
/// <item>the <c>schema { … }</c> block, which HotChocolate always prints and graphql-js omits for
/// conventional root names without a description: dropped in that case;</item>
/// <item>applied directives that introspection cannot carry (anything but <c>@deprecated</c>,
/// <c>@specifiedBy</c>, <c>@oneOf</c>): dropped, graphql-js never sees them;</item>
/// <item><c>@deprecated</c> without a reason: written with the default reason, as graphql-js
/// leaves the default out;</item>
/// <item>the specified directive definitions (HotChocolate prints <c>@specifiedBy</c> when a
/// scalar uses it): dropped.</item>
/// </list>
/// Member order, types, arguments, default values, interfaces and union members are compared as they are.
/// </summary>
internal static class SdlNormalization
{
    private const string DefaultDeprecationReason = "No longer supported";
    private static readonly HashSet<string> IntrospectableDirectives = ["deprecated", "specifiedBy", "oneOf"];
    private static readonly HashSet<string> SpecifiedDirectives = ["skip", "include", "deprecated", "specifiedBy", "oneOf"];

    public static string Normalize(string sdl)
    {
        var parsed = Parser.Parse(sdl);
        if (!parsed.Succeeded)
        {
            throw new ArgumentException($"The SDL does not parse: {parsed.Error!.Message}", nameof(sdl));
        }

        var definitions = parsed.Node!.Definitions
            .Where(static d => !IsSpecifiedDirective(d) && !IsConventionalSchemaDefinition(d))
            .Select(Canonical)
            .OrderBy(SortKey, StringComparer.Ordinal)
            .Select(SyntaxPrinter.Print);
        return string.Join("\n\n", definitions) + "\n";
    }

    private static bool IsSpecifiedDirective(DefinitionNode definition) =>
        definition is DirectiveDefinitionNode directive && SpecifiedDirectives.Contains(directive.Name.Value);

    private static bool IsConventionalSchemaDefinition(DefinitionNode definition) =>
        definition is SchemaDefinitionNode { Description: null, Directives.Count: 0 } schema
        && schema.OperationTypes.All(static t => t.Type.Name.Value == ConventionalRootName(t.Operation));

    private static string ConventionalRootName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "Mutation",
        OperationType.Subscription => "Subscription",
        _ => "Query",
    };

    private static string SortKey(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode => string.Empty,
        DirectiveDefinitionNode directive => "@" + directive.Name.Value,
        TypeDefinitionNode type => type.Name.Value,
        _ => "~",
    };

    private static SyntaxNode Canonical(DefinitionNode definition) => definition switch
    {
        SchemaDefinitionNode schema => new SchemaDefinitionNode(Describe(schema.Description), Directives(schema.Directives), schema.OperationTypes),
        ScalarTypeDefinitionNode scalar => new ScalarTypeDefinitionNode(Describe(scalar.Description), scalar.Name, Directives(scalar.Directives)),
        ObjectTypeDefinitionNode type => new ObjectTypeDefinitionNode(
            Describe(type.Description), type.Name, type.Interfaces, Directives(type.Directives), [.. type.Fields.Select(Field)]),
        InterfaceTypeDefinitionNode type => new InterfaceTypeDefinitionNode(
            Describe(type.Description), type.Name, type.Interfaces, Directives(type.Directives), [.. type.Fields.Select(Field)]),
        UnionTypeDefinitionNode union => new UnionTypeDefinitionNode(Describe(union.Description), union.Name, Directives(union.Directives), union.Types),
        EnumTypeDefinitionNode type => new EnumTypeDefinitionNode(
            Describe(type.Description),
            type.Name,
            Directives(type.Directives),
            [.. type.Values.Select(static v => new EnumValueDefinitionNode(Describe(v.Description), v.Name, Directives(v.Directives)))]),
        InputObjectTypeDefinitionNode type => new InputObjectTypeDefinitionNode(
            Describe(type.Description), type.Name, Directives(type.Directives), [.. type.Fields.Select(InputValue)]),
        DirectiveDefinitionNode directive => new DirectiveDefinitionNode(
            Describe(directive.Description), directive.Name, [.. directive.Arguments.Select(InputValue)], directive.Repeatable, directive.Locations),
        _ => definition,
    };

    private static FieldDefinitionNode Field(FieldDefinitionNode field) =>
        new(Describe(field.Description), field.Name, [.. field.Arguments.Select(InputValue)], field.Type, Directives(field.Directives));

    private static InputValueDefinitionNode InputValue(InputValueDefinitionNode value) =>
        new(Describe(value.Description), value.Name, value.Type, value.DefaultValue, Directives(value.Directives));

    private static StringValueNode? Describe(StringValueNode? description) =>
        description is null ? null : new StringValueNode(description.Value, block: false);

    private static DirectiveNode[] Directives(IReadOnlyList<DirectiveNode> directives) =>
        [.. directives.Where(static d => IntrospectableDirectives.Contains(d.Name.Value)).Select(WithExplicitReason)];

    private static DirectiveNode WithExplicitReason(DirectiveNode directive) =>
        directive.Name.Value == "deprecated" && directive.Arguments.Count == 0
            ? new DirectiveNode(directive.Name, [new ArgumentNode(new NameNode("reason"), new StringValueNode(DefaultDeprecationReason, block: false))])
            : directive;
}
