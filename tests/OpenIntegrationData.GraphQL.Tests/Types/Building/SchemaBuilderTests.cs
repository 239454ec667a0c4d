using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.GraphQL.Tests.Types.Building;

public sealed class SchemaBuilderTests
{
    private static Schema BuildLibrary() => new SchemaBuilder()
        .Description("A library.")
        .AddObjectType("Query", t => t
            .Field("book", "Book", f => f
                .Description("Finds a book.")
                .Argument("id", "ID!", a => a.Description("The book ID."))
                .Feature("resolver", "resolve-book"))
            .Field("search", "[SearchResult!]!", f => f.Argument("text", "String", a => a.DefaultValue("x"))))
        .AddInterfaceType("Node", t => t.Field("id", "ID!"))
        .AddObjectType("Book", t => t
            .Implements("Node")
            .Field("id", "ID!")
            .Field("title", "String!")
            .Field("isbn", "String", f => f.Deprecated("Use `identifiers`."))
            .Field("status", "Status!"))
        .AddObjectType("Author", t => t.Implements("Node").Field("id", "ID!").Field("name", "String"))
        .AddUnionType("SearchResult", u => u.Types("Book", "Author"))
        .AddEnumType("Status", e => e.Value("AVAILABLE", 1).Value("LENT", 2, v => v.Deprecated()))
        .AddInputObjectType("BookFilter", i => i.Field("title", "String").Field("limit", "Int", f => f.DefaultValue(10)))
        .Build();

    [Fact]
    public void Build_ResolvesReferencesInAnyOrder()
    {
        var schema = BuildLibrary();

        var book = schema.FindType<ObjectType>("Book")!;
        var bookField = schema.QueryType.Fields["book"];
        Assert.Same(book, bookField.Type);
        Assert.Equal("ID!", bookField.Arguments["id"].Type.ToString());
        Assert.Same(BuiltInScalars.ID, bookField.Arguments["id"].Type.NamedType());
        Assert.Equal("[SearchResult!]!", schema.QueryType.Fields["search"].Type.ToString());
        Assert.Equal("A library.", schema.Description);
    }

    [Fact]
    public void Build_KeepsDescriptionsFeaturesAndCoordinates()
    {
        var schema = BuildLibrary();

        var field = schema.QueryType.Fields["book"];
        Assert.Equal("Finds a book.", field.Description);
        Assert.Equal("resolve-book", field.Features["resolver"]);
        Assert.Equal("resolve-book", field.GetFeature<string>("resolver"));
        Assert.Equal("Query.book", field.Coordinate);
        Assert.Equal("Query.book(id:)", field.Arguments["id"].Coordinate);
        Assert.Equal("The book ID.", field.Arguments["id"].Description);
    }

    [Fact]
    public void Build_DeprecatedField_HasReasonAndDirective()
    {
        var isbn = BuildLibrary().FindType<ObjectType>("Book")!.Fields["isbn"];

        Assert.True(isbn.IsDeprecated);
        Assert.Equal("Use `identifiers`.", isbn.DeprecationReason);
        Assert.Equal("deprecated", Assert.Single(isbn.Directives).Name);
    }

    [Fact]
    public void Build_DeprecatedWithoutReason_UsesSpecDefault()
    {
        var lent = BuildLibrary().FindType<EnumType>("Status")!.Values["LENT"];

        Assert.Equal("No longer supported", lent.DeprecationReason);
    }

    [Fact]
    public void Build_EnumValues_MapToRuntimeValues()
    {
        var status = BuildLibrary().FindType<EnumType>("Status")!;

        Assert.Equal(1, status.Values["AVAILABLE"].Value);
        Assert.Equal("LENT", status.Serialize(2).Value);
        Assert.Equal(2, status.ParseValue("LENT").Value);
    }

    [Fact]
    public void Build_DefaultValues_AreKeptAsLiteralAndCoerced()
    {
        var schema = BuildLibrary();

        var limit = schema.FindType<InputObjectType>("BookFilter")!.Fields["limit"];
        Assert.Equal("10", Assert.IsType<IntValueNode>(limit.DefaultValue).Value);
        Assert.Equal(10, limit.CoercedDefaultValue);
        var text = schema.QueryType.Fields["search"].Arguments["text"];
        Assert.Equal("x", Assert.IsType<StringValueNode>(text.DefaultValue).Value);
        Assert.False(text.IsRequired);
    }

    [Fact]
    public void Build_PossibleTypes_ListUnionMembersAndInterfaceImplementations()
    {
        var schema = BuildLibrary();
        var node = schema.FindType<InterfaceType>("Node")!;
        var union = schema.FindType<UnionType>("SearchResult")!;
        var book = schema.FindType<ObjectType>("Book")!;
        var author = schema.FindType<ObjectType>("Author")!;

        Assert.Equal([book, author], schema.GetPossibleTypes(node));
        Assert.Equal([book, author], schema.GetPossibleTypes(union));
        Assert.True(schema.IsSubType(node, book));
        Assert.False(schema.IsSubType(union, node));
        Assert.Equal([book, author], schema.GetImplementations(node).Objects);
        Assert.True(schema.DoTypesOverlap(node, union));
    }

    [Fact]
    public void Build_TypeMap_ContainsOnlyBuiltInScalarsInUse()
    {
        var schema = BuildLibrary();

        Assert.NotNull(schema.FindType("ID"));
        Assert.NotNull(schema.FindType("Int"));
        Assert.NotNull(schema.FindType("String"));
        Assert.NotNull(schema.FindType("Boolean"));
        Assert.Null(schema.FindType("Float"));
    }

    [Fact]
    public void Build_CostDirectives_BringTheScalarsOfTheirArguments()
    {
        var schema = new SchemaBuilder().EnableCostDirectives().AddObjectType("Query", t => t.Field("a", "String")).Build();

        Assert.NotNull(schema.FindType("Int"));
    }

    [Fact]
    public void Build_RootTypes_DefaultToConventionalNames()
    {
        var schema = new SchemaBuilder()
            .AddObjectType("Query", t => t.Field("a", "Int"))
            .AddObjectType("Mutation", t => t.Field("b", "Int"))
            .Build();

        Assert.Equal("Mutation", schema.GetRootType(OperationType.Mutation)!.Name);
        Assert.Null(schema.SubscriptionType);
    }

    [Fact]
    public void Build_ExplicitRootTypeName_IsUsed()
    {
        var schema = new SchemaBuilder()
            .QueryType("Root")
            .AddObjectType("Root", t => t.Field("a", "Int"))
            .Build();

        Assert.Equal("Root", schema.QueryType.Name);
    }

    [Fact]
    public void ExtendObjectType_AddsFieldsToATypeAddedLater()
    {
        var schema = new SchemaBuilder()
            .ExtendObjectType("Query", t => t.Field("extra", "String"))
            .AddObjectType("Query", t => t.Field("a", "Int"))
            .Build();

        Assert.Equal(["a", "extra"], schema.QueryType.Fields.Select(f => f.Name));
    }

    [Fact]
    public void AddEnumType_ValuesOfClrEnum_UseUpperSnakeCaseNames()
    {
        var schema = new SchemaBuilder()
            .AddObjectType("Query", t => t.Field("state", "State"))
            .AddEnumType("State", e => e.Values<ProcessState>())
            .Build();

        var state = schema.FindType<EnumType>("State")!;
        Assert.Equal(["NOT_STARTED", "IN_PROGRESS", "HTTP_ERROR"], state.Values.Select(v => v.Name));
        Assert.Equal("IN_PROGRESS", state.Serialize(ProcessState.InProgress).Value);
        Assert.Equal(ProcessState.HttpError, state.ParseValue("HTTP_ERROR").Value);
    }

    [Fact]
    public void AddInputObjectType_OneOf_SetsIsOneOf()
    {
        var schema = new SchemaBuilder()
            .AddObjectType("Query", t => t.Field("a", "Int", f => f.Argument("by", "By")))
            .AddInputObjectType("By", i => i.OneOf().Field("id", "ID").Field("name", "String"))
            .Build();

        Assert.True(schema.FindType<InputObjectType>("By")!.IsOneOf);
    }

    [Fact]
    public void EnableCostDirectives_AddsCostAndListSizeDefinitions()
    {
        var schema = new SchemaBuilder()
            .EnableCostDirectives()
            .AddObjectType("Query", t => t.Field("books", "[String]", f => f
                .ListSize(assumedSize: 50, slicingArguments: ["first"], requireOneSlicingArgument: false)
                .Cost(10)
                .Argument("first", "Int")))
            .Build();

        Assert.NotNull(schema.FindDirective("cost"));
        Assert.NotNull(schema.FindDirective("listSize"));
        var books = schema.QueryType.Fields["books"];
        var cost = books.Directives.Single(d => d.Name == "cost");
        Assert.Equal("10", Assert.IsType<StringValueNode>(cost.GetArgument("weight")).Value);
        var listSize = books.Directives.Single(d => d.Name == "listSize");
        Assert.Equal("first", Assert.IsType<StringValueNode>(Assert.IsType<ListValueNode>(listSize.GetArgument("slicingArguments")).Values[0]).Value);
    }

    [Fact]
    public void Build_WithoutCostDirectivesEnabled_RejectsCostDirective()
    {
        var builder = new SchemaBuilder().AddObjectType("Query", t => t.Field("a", "Int", f => f.Cost(10)));

        var exception = Assert.Throws<SchemaException>(builder.Build);

        Assert.Contains(exception.Errors, e => e.Message == "Unknown directive \"@cost\"." && e.Coordinate == "Query.a");
    }

    [Fact]
    public void TypeReference_Parse_RejectsMalformedText()
    {
        Assert.Throws<ArgumentException>(() => TypeReference.Parse("[Int"));
        Assert.Throws<ArgumentException>(() => TypeReference.Parse("Int!!"));
        Assert.Equal("[[Int!]]!", TypeReference.Parse("[[Int!]]!").ToString());
    }

[Fact]
    public void TypeFromSyntax_ResolvesWrappedReferences()
    {
        var schema = BuildLibrary();

        Assert.Equal("[Status!]!", schema.TypeFromSyntax(TypeReference.Parse("[Status!]!").Syntax)!.ToString());
        Assert.Same(BuiltInScalars.Int, schema.TypeFromSyntax(TypeReference.Parse("Int").Syntax));
        Assert.Null(schema.TypeFromSyntax(TypeReference.Parse("[Missing]").Syntax));
    }

    private enum ProcessState
    {
        NotStarted,
        InProgress,
        HttpError,
    }
}
