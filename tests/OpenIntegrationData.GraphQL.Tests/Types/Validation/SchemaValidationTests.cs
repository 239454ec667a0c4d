using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.GraphQL.Tests.Types.Validation;

public sealed class SchemaValidationTests
{
    private static IReadOnlyList<SchemaError> ErrorsOf(string sdl) =>
        Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl).Build()).Errors;

    private static void AssertError(string sdl, string coordinate, string message)
    {
        var errors = ErrorsOf(sdl);
        Assert.Contains(errors, e => e.Coordinate == coordinate && e.Message == message);
    }

    [Fact]
    public void Build_ValidSchema_DoesNotThrow()
    {
        var schema = SchemaBuilder.FromSdl("""
            interface Node { id: ID! }
            interface Named implements Node { id: ID! name: String }
            type District implements Node & Named { id: ID! name: String! population(year: Int): Int }
            type Query { node(id: ID!): Node districts: [District!]! }
            """).Build();

        Assert.Equal(2, schema.FindType<ObjectType>("District")!.Interfaces.Count);
    }

    [Fact]
    public void Build_NoQueryType_Fails()
    {
        var errors = ErrorsOf("type Foo { a: Int }");

        Assert.Contains(errors, e => e.Message == "Query root type must be provided.");
    }

    [Fact]
    public void Build_RootTypeNotAnObject_Fails()
    {
        AssertError(
            "schema { query: Q } input Q { a: Int }",
            "schema",
            "Query root type must be Object type, it cannot be Q.");
    }

    [Fact]
    public void Build_SameTypeForTwoRoots_Fails()
    {
        AssertError(
            "schema { query: Query mutation: Query } type Query { a: Int }",
            "schema",
            "All root types must be different, \"Query\" type is used as query and mutation root types.");
    }

    [Fact]
    public void Build_UnknownType_NamesTheCoordinate()
    {
        AssertError(
            "type Query { districts(first: Intt): [District] }",
            "Query.districts(first:)",
            "Unknown type \"Intt\".");
        AssertError("type Query { districts(first: Intt): [District] }", "Query.districts", "Unknown type \"District\".");
    }

    [Fact]
    public void Build_ReservedName_Fails()
    {
        AssertError(
            "type Query { __secret: Int }",
            "Query.__secret",
            "Name \"__secret\" must not begin with \"__\", which is reserved by GraphQL introspection.");
    }

    [Fact]
    public void Build_InvalidNameFromCode_Fails()
    {
        var builder = new SchemaBuilder().AddObjectType("Query", t => t.Field("1st", "Int").Field("a-b", "Int"));

        var errors = Assert.Throws<SchemaException>(builder.Build).Errors;

        Assert.Contains(errors, e => e.Message == "Names must start with [_a-zA-Z] but \"1st\" does not.");
        Assert.Contains(errors, e => e.Message == "Names must only contain [_a-zA-Z0-9] but \"a-b\" does not.");
    }

    [Fact]
    public void Build_DuplicateTypeName_Fails()
    {
        AssertError("type Query { a: Int } type Query { b: Int }", "Query", "There can be only one type named \"Query\".");
    }

    [Fact]
    public void Build_RedefinedBuiltInScalarFromCode_Fails()
    {
        var builder = new SchemaBuilder().AddObjectType("Query", t => t.Field("a", "Int")).AddObjectType("String", t => t.Field("a", "Int"));

        Assert.Contains(Assert.Throws<SchemaException>(builder.Build).Errors, e => e.Message == "The built-in scalar \"String\" cannot be redefined.");
    }

    [Fact]
    public void Build_ObjectWithoutFields_Fails()
    {
        AssertError("type Query { a: Empty } type Empty", "Empty", "Type Empty must define one or more fields.");
    }

    [Fact]
    public void Build_DuplicateFieldAndArgument_Fail()
    {
        var sdl = "type Query { a(x: Int, x: Int): Int a: Int }";

        AssertError(sdl, "Query.a", "Field \"Query.a\" can only be defined once.");
        AssertError(sdl, "Query.a(x:)", "Argument \"Query.a(x:)\" can only be defined once.");
    }

    [Fact]
    public void Build_InputTypeAsFieldType_Fails()
    {
        AssertError("type Query { a: In } input In { x: Int }", "Query.a", "The type of \"Query.a\" must be Output Type but got: \"In\".");
    }

    [Fact]
    public void Build_OutputTypeAsArgumentType_Fails()
    {
        AssertError("type Query { a(o: Query): Int }", "Query.a(o:)", "The type of \"Query.a(o:)\" must be Input Type but got: \"Query\".");
    }

    [Fact]
    public void Build_RequiredArgumentDeprecated_Fails()
    {
        AssertError(
            "type Query { a(x: Int! @deprecated): Int }",
            "Query.a(x:)",
            "Required argument Query.a(x:) cannot be deprecated.");
    }

    [Fact]
    public void Build_ImplementingNonInterface_Fails()
    {
        AssertError(
            "type Query implements Other { a: Int } type Other { a: Int }",
            "Query",
            "Type \"Query\" must only implement Interface types, it cannot implement \"Other\".");
    }

    [Fact]
    public void Build_MissingInterfaceField_Fails()
    {
        AssertError(
            "interface Node { id: ID! } type Query implements Node { a: Int }",
            "Query",
            "Interface field Node.id expected but Query does not provide it.");
    }

    [Fact]
    public void Build_InterfaceFieldTypeNotCovariant_Fails()
    {
        AssertError(
            "interface Node { id: ID! } type Query implements Node { id: ID }",
            "Query.id",
            "Interface field Node.id expects type ID! but Query.id is type ID.");
    }

    [Fact]
    public void Build_CovariantFieldTypes_AreAccepted()
    {
        var schema = SchemaBuilder.FromSdl("""
            interface Node { id: ID friends: [Node] self: Node }
            type Query implements Node { id: ID! friends: [Query!]! self: Query }
            """).Build();

        Assert.NotNull(schema.QueryType);
    }

    [Fact]
    public void Build_InterfaceArgumentMissingOrDifferent_Fails()
    {
        var sdl = "interface I { a(x: Int, y: String): Int } type Query implements I { a(y: String!): Int }";

        AssertError(sdl, "Query.a", "Interface field argument I.a(x:) expected but Query.a does not provide it.");
        AssertError(sdl, "Query.a(y:)", "Interface field argument I.a(y:) expects type String but Query.a(y:) is type String!.");
    }

    [Fact]
    public void Build_ExtraRequiredArgument_Fails()
    {
        AssertError(
            "interface I { a: Int } type Query implements I { a(z: Int!): Int }",
            "Query.a(z:)",
            "Argument \"Query.a(z:)\" must not be required type \"Int!\" if not provided by the Interface field \"I.a\".");
    }

    [Fact]
    public void Build_TransitiveInterfaceNotDeclared_Fails()
    {
        AssertError(
            "interface A { id: ID } interface B implements A { id: ID } type Query implements B { id: ID }",
            "Query",
            "Type Query must implement A because it is implemented by B.");
    }

    [Fact]
    public void Build_InterfaceCycle_Fails()
    {
        var errors = ErrorsOf("interface A implements B & A { id: ID } interface B implements A { id: ID } type Query { a: A }");

        Assert.Contains(errors, e => e.Message == "Type A cannot implement itself because it would create a circular reference.");
        Assert.Contains(errors, e => e.Message == "Type B cannot implement A because it would create a circular reference.");
    }

    [Fact]
    public void Build_InterfaceImplementedTwice_Fails()
    {
        AssertError("interface I { a: Int } type Query implements I & I { a: Int }", "Query", "Type Query can only implement I once.");
    }

    [Fact]
    public void Build_UnionRules_AreChecked()
    {
        AssertError("type Query { u: U } union U = Query | Query", "U", "Union type U can only include type Query once.");
        AssertError("type Query { u: U } union U = In input In { a: Int }", "U", "Union type \"U\" can only include Object types, it cannot include \"In\".");
        AssertError("type Query { u: U } union U", "U", "Union type U must define one or more member types.");
    }

    [Fact]
    public void Build_EnumRules_AreChecked()
    {
        AssertError("type Query { e: E } enum E { A A }", "E.A", "Enum value \"E.A\" can only be defined once.");
        AssertError("type Query { e: E } enum E", "E", "Enum type E must define one or more values.");
    }

    [Fact]
    public void Build_EnumValueNamedTrue_FromCode_Fails()
    {
        var builder = new SchemaBuilder().AddObjectType("Query", t => t.Field("e", "E")).AddEnumType("E", e => e.Value("true"));

        Assert.Contains(Assert.Throws<SchemaException>(builder.Build).Errors, e => e.Message == "Enum type E cannot include value: true.");
    }

    [Fact]
    public void Build_InputObjectRules_AreChecked()
    {
        AssertError("type Query { a(i: I): Int } input I", "I", "Input Object type I must define one or more fields.");
        AssertError("type Query { a(i: I): Int } input I { x: Int x: Int }", "I.x", "Input field \"I.x\" can only be defined once.");
        AssertError("type Query { a(i: I): Int } input I { x: Int! @deprecated }", "I.x", "Required input field I.x cannot be deprecated.");
    }

    [Fact]
    public void Build_NonNullInputCycle_Fails()
    {
        var errors = ErrorsOf("type Query { a(i: A): Int } input A { b: B! } input B { a: A! } input Self { me: Self! }");

        Assert.Equal(
            [
                "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".",
                "Cannot reference Input Object \"Self\" within itself through a series of non-null fields: \"me\".",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Build_InputCycleThroughListOrNullable_IsAccepted()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a(i: A): Int } input A { b: B! self: A list: [A!]! } input B { a: A }").Build();

        Assert.NotNull(schema.FindType<InputObjectType>("A"));
    }

    [Fact]
    public void Build_OneOfFieldNonNullOrDefaulted_Fails()
    {
        var sdl = "type Query { a(i: I): Int } input I @oneOf { x: Int! y: Int = 1 }";

        AssertError(sdl, "I.x", "OneOf input field I.x must be nullable.");
        AssertError(sdl, "I.y", "OneOf input field I.y cannot have a default value.");
    }

    [Fact]
    public void Build_InvalidDefaultValue_Fails()
    {
        AssertError("type Query { a(x: Int = \"ten\"): Int }", "Query.a(x:)", "Invalid default value: Int cannot represent non-integer value: \"ten\"");
        AssertError("type Query { a(x: Int! = null): Int }", "Query.a(x:)", "Invalid default value: Expected value of type \"Int!\", found null.");
    }

    [Fact]
    public void Build_DefaultValueFromCodeNotRepresentable_Fails()
    {
        var builder = new SchemaBuilder().AddObjectType("Query", t => t.Field("a", "Int", f => f.Argument("x", "Int", a => a.DefaultValue(1.5))));

        Assert.Contains(
            Assert.Throws<SchemaException>(builder.Build).Errors,
            e => e.Coordinate == "Query.a(x:)" && e.Message == "Invalid default value: Int cannot represent non-integer value: 1.5");
    }

    [Fact]
    public void Build_DefaultValueWithVariable_Fails()
    {
        var builder = new SchemaBuilder().AddObjectType("Query", t => t.Field("a", "Int", f => f
            .Argument("x", "[Int]", a => a.DefaultValue(new ListValueNode([new VariableNode(new NameNode("v"))])))));

        Assert.Contains(
            Assert.Throws<SchemaException>(builder.Build).Errors,
            e => e.Coordinate == "Query.a(x:)" && e.Message == "Invalid default value: a default value cannot contain variables.");
    }

    [Fact]
    public void Build_InputObjectDefault_PicksUpNestedFieldDefaults()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a(p: Paging = {}): Int } input Paging { take: Int = 10 skip: Int }").Build();

        var value = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(schema.QueryType.Fields["a"].Arguments["p"].CoercedDefaultValue);
        Assert.Equal(10, value["take"]);
        Assert.False(value.ContainsKey("skip"));
    }

    [Fact]
    public void Build_DirectiveDefinitionRules_AreChecked()
    {
        var redefined = new SchemaBuilder().AddObjectType("Query", t => t.Field("a", "Int")).AddDirective("skip", d => d.Locations(DirectiveLocation.Field));
        Assert.Contains(
            Assert.Throws<SchemaException>(redefined.Build).Errors,
            e => e.Coordinate == "@skip" && e.Message == "Directive \"@skip\" already exists in the schema. It cannot be redefined.");
        AssertError("type Query { a: Int } directive @d(x: Int, x: Int) on FIELD", "@d(x:)", "Argument \"@d(x:)\" can only be defined once.");
        AssertError("type Query { a: Int } directive @__d on FIELD", "@__d", "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.");
    }

    [Fact]
    public void FromSdl_DefinitionsOfSpecDirectives_AreIgnored()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT").Build();

        Assert.Same(BuiltInDirectives.Skip, schema.FindDirective("skip"));
    }

    [Fact]
    public void Build_AppliedDirectiveRules_AreChecked()
    {
        const string Definitions = "directive @tag(name: String!) on FIELD_DEFINITION directive @many repeatable on FIELD_DEFINITION ";

        AssertError(Definitions + "type Query { a: Int @unknown }", "Query.a", "Unknown directive \"@unknown\".");
        AssertError(Definitions + "type Query @tag(name: \"x\") { a: Int }", "Query", "Directive \"@tag\" may not be used on OBJECT.");
        AssertError(Definitions + "type Query { a: Int @tag(name: \"x\") @tag(name: \"y\") }", "Query.a", "The directive \"@tag\" can only be used once at this location.");
        AssertError(Definitions + "type Query { a: Int @tag }", "Query.a", "Argument \"@tag(name:)\" of type \"String!\" is required, but it was not provided.");
        AssertError(Definitions + "type Query { a: Int @tag(name: \"x\", other: 1) }", "Query.a", "Unknown argument \"other\" on directive \"@tag\".");
        AssertError(Definitions + "type Query { a: Int @tag(name: 1) }", "Query.a", "Invalid value for \"@tag(name:)\": String cannot represent a non string value: 1");
        Assert.NotNull(SchemaBuilder.FromSdl(Definitions + "type Query { a: Int @many @many }").Build());
    }

    [Fact]
    public void SchemaException_ListsEveryProblemWithCoordinates()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Foo b(x: Bar): Int }").Build());

        Assert.Equal(2, exception.Errors.Count);
        Assert.Contains("- Query.a (1:17): Unknown type \"Foo\".", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Query.b(x:)", exception.Message, StringComparison.Ordinal);
    }
}
