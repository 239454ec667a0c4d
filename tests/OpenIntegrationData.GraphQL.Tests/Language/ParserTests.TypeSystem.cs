using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Tests.Language;

public partial class ParserTests
{
    [Fact]
    public void Parse_SchemaDefinition_HasDescriptionDirectivesAndRootTypes()
    {
        var schema = ParseSingle<SchemaDefinitionNode>("\"The schema\" schema @d { query: Q mutation: M subscription: S }");

        Assert.Equal("The schema", schema.Description!.Value);
        Assert.Equal("d", schema.Directives[0].Name.Value);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void Parse_ObjectType_HasInterfacesFieldsArgumentsAndDefaults()
    {
        var type = ParseSingle<ObjectTypeDefinitionNode>(""""
            """An object"""
            type Person implements & Named & Node @key(fields: "id") {
              "The name"
              name(format: Format = SHORT @d, upper: Boolean): String! @deprecated
              friends: [Person!]!
            }
            """");

        Assert.Equal("An object", type.Description!.Value);
        Assert.Equal(["Named", "Node"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("key", type.Directives[0].Name.Value);
        var name = type.Fields[0];
        Assert.Equal("The name", name.Description!.Value);
        Assert.Equal(["format", "upper"], name.Arguments.Select(a => a.Name.Value));
        Assert.Equal("SHORT", Assert.IsType<EnumValueNode>(name.Arguments[0].DefaultValue).Value);
        Assert.Equal("d", name.Arguments[0].Directives[0].Name.Value);
        Assert.Null(name.Arguments[1].DefaultValue);
        Assert.IsType<NonNullTypeNode>(name.Type);
        Assert.Equal("deprecated", name.Directives[0].Name.Value);
        Assert.Equal("[Person!]!", SyntaxPrinter.Print(type.Fields[1].Type));
    }

    [Fact]
    public void Parse_TypesWithoutBodies_AreAllowed()
    {
        var document = ParseDocument("type T interface I union U enum E input N scalar S");

        Assert.All(document.Definitions, d => Assert.IsAssignableFrom<TypeDefinitionNode>(d));
        Assert.Empty(((ObjectTypeDefinitionNode)document.Definitions[0]).Fields);
        Assert.Empty(((UnionTypeDefinitionNode)document.Definitions[2]).Types);
    }

    [Fact]
    public void Parse_InterfaceImplementingInterfaces_IsParsed()
    {
        var type = ParseSingle<InterfaceTypeDefinitionNode>("interface I implements J & K { a: Int }");

        Assert.Equal(["J", "K"], type.Interfaces.Select(i => i.Name.Value));
    }

    [Fact]
    public void Parse_Union_AcceptsALeadingPipe()
    {
        var union = ParseSingle<UnionTypeDefinitionNode>("union U @d = | A | B | C");

        Assert.Equal(["A", "B", "C"], union.Types.Select(t => t.Name.Value));
    }

    [Fact]
    public void Parse_Enum_HasValuesWithDescriptionsAndDirectives()
    {
        var type = ParseSingle<EnumTypeDefinitionNode>("enum Color { \"Warm\" RED @d GREEN BLUE }");

        Assert.Equal(["RED", "GREEN", "BLUE"], type.Values.Select(v => v.Name.Value));
        Assert.Equal("Warm", type.Values[0].Description!.Value);
        Assert.Equal("d", type.Values[0].Directives[0].Name.Value);
    }

    [Fact]
    public void Parse_InputObject_HasFieldsWithDefaults()
    {
        var type = ParseSingle<InputObjectTypeDefinitionNode>("input Filter @oneOf { a: Int = 1, b: [String!] = [\"x\"] }");

        Assert.Equal(["a", "b"], type.Fields.Select(f => f.Name.Value));
        Assert.Equal("[\"x\"]", SyntaxPrinter.Print(type.Fields[1].DefaultValue!));
    }

    [Fact]
    public void Parse_DirectiveDefinition_HasArgumentsRepeatableAndLocations()
    {
        var directive = ParseSingle<DirectiveDefinitionNode>("\"Doc\" directive @tag(name: String!) repeatable on | FIELD_DEFINITION | OBJECT");

        Assert.Equal(("Doc", "tag", true), (directive.Description!.Value, directive.Name.Value, directive.Repeatable));
        Assert.Equal("name", directive.Arguments[0].Name.Value);
        Assert.Equal(["FIELD_DEFINITION", "OBJECT"], directive.Locations.Select(l => l.Value));
    }

    [Fact]
    public void Parse_DirectiveDefinitionWithoutRepeatable_IsNotRepeatable()
    {
        Assert.False(ParseSingle<DirectiveDefinitionNode>("directive @d on QUERY").Repeatable);
    }

    [Fact]
    public void Parse_Extensions_OfEveryKind()
    {
        var document = ParseDocument("""
            extend schema @d { query: Q }
            extend schema @d
            extend scalar S @d
            extend type T implements I
            extend type T @d
            extend type T { f: Int }
            extend interface I implements J
            extend interface I { f: Int }
            extend union U = A | B
            extend union U @d
            extend enum E { A }
            extend enum E @d
            extend input N { a: Int }
            extend input N @d
            """);

        Assert.Equal(
            [SyntaxKind.SchemaExtension, SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension,
             SyntaxKind.ObjectTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.ObjectTypeExtension,
             SyntaxKind.InterfaceTypeExtension, SyntaxKind.InterfaceTypeExtension,
             SyntaxKind.UnionTypeExtension, SyntaxKind.UnionTypeExtension,
             SyntaxKind.EnumTypeExtension, SyntaxKind.EnumTypeExtension,
             SyntaxKind.InputObjectTypeExtension, SyntaxKind.InputObjectTypeExtension],
            document.Definitions.Select(d => d.Kind));
        Assert.Equal("I", ((ObjectTypeExtensionNode)document.Definitions[3]).Interfaces[0].Name.Value);
    }

    [Fact]
    public void Parse_MixedDocument_KeepsExecutableAndTypeSystemDefinitions()
    {
        var document = ParseDocument("type Query { a: Int } { a } directive @d on FIELD");

        Assert.Equal([SyntaxKind.ObjectTypeDefinition, SyntaxKind.OperationDefinition, SyntaxKind.DirectiveDefinition], document.Definitions.Select(d => d.Kind));
    }
}
