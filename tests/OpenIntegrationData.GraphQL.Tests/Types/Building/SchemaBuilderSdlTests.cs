using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Building;
using OpenIntegrationData.GraphQL.Types.Printing;

namespace OpenIntegrationData.GraphQL.Tests.Types.Building;

public sealed class SchemaBuilderSdlTests
{
    private const string Library = """
        "A library."
        schema { query: Root }

        "Anything with an ID."
        interface Node { id: ID! }

        type Root {
          "Finds a book."
          book(id: ID!, format: Format = PAPER): Book
          search(text: String!): [SearchResult!]!
        }

        type Book implements Node {
          id: ID!
          title: String! @deprecated(reason: "Use `name`.")
          published: Date
        }

        union SearchResult = Book

        enum Format { PAPER EBOOK @deprecated }

        input BookFilter @oneOf { title: String isbn: String }

        scalar Date @specifiedBy(url: "https://example.org/date")

        directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT
        """;

    [Fact]
    public void FromSdl_ReadsAllKindsOfDefinitions()
    {
        var schema = SchemaBuilder.FromSdl(Library).Build();

        Assert.Equal("A library.", schema.Description);
        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Equal("Finds a book.", schema.QueryType.Fields["book"].Description);
        Assert.Equal("PAPER", Assert.IsType<EnumValueNode>(schema.QueryType.Fields["book"].Arguments["format"].DefaultValue).Value);
        Assert.Equal("PAPER", schema.QueryType.Fields["book"].Arguments["format"].CoercedDefaultValue);
        Assert.Equal("Use `name`.", schema.FindType<ObjectType>("Book")!.Fields["title"].DeprecationReason);
        Assert.True(schema.FindType<EnumType>("Format")!.Values["EBOOK"].IsDeprecated);
        Assert.True(schema.FindType<InputObjectType>("BookFilter")!.IsOneOf);
        Assert.Equal("https://example.org/date", schema.FindType<ScalarType>("Date")!.SpecifiedByUrl);
        Assert.True(schema.FindDirective("tag")!.IsRepeatable);
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], schema.FindDirective("tag")!.Locations);
    }

    [Fact]
    public void FromSdl_Extensions_AddFieldsValuesMembersAndInterfaces()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: Int }
            extend type Query { b: String }
            interface Named { name: String }
            type Thing { id: ID }
            extend type Thing implements Named { name: String }
            enum E { A }
            extend enum E { B }
            union U = Thing
            type Other { x: Int }
            extend union U = Other
            input I { x: Int }
            extend input I { y: Int }
            extend schema @tag
            directive @tag on SCHEMA
            """).Build();

        Assert.Equal(["a", "b"], schema.QueryType.Fields.Select(f => f.Name));
        Assert.Equal("Named", Assert.Single(schema.FindType<ObjectType>("Thing")!.Interfaces).Name);
        Assert.Equal(["A", "B"], schema.FindType<EnumType>("E")!.Values.Select(v => v.Name));
        Assert.Equal(["Thing", "Other"], schema.FindType<UnionType>("U")!.Types.Select(t => t.Name));
        Assert.Equal(["x", "y"], schema.FindType<InputObjectType>("I")!.Fields.Select(f => f.Name));
        Assert.Equal("tag", Assert.Single(schema.Directives).Name);
    }

    [Fact]
    public void FromSdl_ExtensionOfUnknownType_Fails()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Int } extend type Missing { b: Int }").Build());

        Assert.Contains(exception.Errors, e => e.Message == "Cannot extend type \"Missing\" because it is not defined.");
    }

    [Fact]
    public void FromSdl_ExtensionOfOtherKind_Fails()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Int } extend enum Query { B }").Build());

        Assert.Contains(exception.Errors, e => e.Message == "Cannot extend non-enum type \"Query\".");
    }

    [Fact]
    public void FromSdl_SyntaxError_ThrowsWithLocation()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: }"));

        Assert.StartsWith("The SDL does not parse (1:", Assert.Single(exception.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSdl_ExecutableDefinition_IsRejected()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Int } query { a }"));

        Assert.Equal("Only type system definitions and extensions are allowed in SDL.", Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void AddScalarType_AfterSdl_ReplacesThePassThroughScalar()
    {
        var schema = SchemaBuilder.FromSdl("type Query { d: Date } scalar Date")
            .AddScalarType(new UpperCaseScalar("Date"))
            .Build();

        var date = schema.FindType<ScalarType>("Date")!;
        Assert.IsType<UpperCaseScalar>(date);
        Assert.Equal("ABC", date.Serialize("abc").Value);
    }

    [Fact]
    public void ConfigureField_AttachesFeaturesToSdlFields()
    {
        var schema = SchemaBuilder.FromSdl("type Query { hello: String }")
            .ExtendObjectType("Query", t => t.ConfigureField("hello", f => f.Feature("resolver", "world")))
            .Build();

        Assert.Equal("world", schema.QueryType.Fields["hello"].Features["resolver"]);
    }

    [Fact]
    public void FromSdl_BuiltInScalarDeclarations_AreIgnored()
    {
        var schema = SchemaBuilder.FromSdl("scalar String type Query { a: String }").Build();

        Assert.Same(BuiltInScalars.String, schema.QueryType.Fields["a"].Type);
    }

    [Fact]
    public void PrintedSchema_BuildsBackToTheSameSdl()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(Library).Build());

        var reprinted = SchemaPrinter.Print(SchemaBuilder.FromSdl(printed).Build());

        Assert.Equal(printed, reprinted);
        Assert.Contains("  book(id: ID! format: Format = PAPER): Book", printed, StringComparison.Ordinal);
        Assert.Contains("  EBOOK @deprecated\n", printed, StringComparison.Ordinal);
        Assert.Contains("input BookFilter @oneOf {", printed, StringComparison.Ordinal);
    }

    private sealed class UpperCaseScalar(string name) : ScalarType(name)
    {
        public override CoercionResult Serialize(object? runtimeValue) =>
            runtimeValue is string text ? CoercionResult.Success(text.ToUpperInvariant()) : CoercionResult.Failure("Not a string.");

        public override CoercionResult ParseValue(object? externalValue) => Serialize(externalValue);

        public override CoercionResult ParseLiteral(ValueNode literal) =>
            literal is StringValueNode text ? Serialize(text.Value) : CoercionResult.Failure("Not a string.");
    }
}
