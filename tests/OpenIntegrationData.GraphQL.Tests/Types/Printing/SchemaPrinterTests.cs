using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Building;
using OpenIntegrationData.GraphQL.Types.Printing;

namespace OpenIntegrationData.GraphQL.Tests.Types.Printing;

public sealed class SchemaPrinterTests
{
    private const string First = "Returns the first _n_ elements from the list.";
    private const string After = "Returns the elements in the list that come after the specified cursor.";
    private const string Last = "Returns the last _n_ elements from the list.";
    private const string Before = "Returns the elements in the list that come before the specified cursor.";

    [Fact]
    public void Print_PagedFilteredSortedField_MatchesHotChocolate15()
    {
        var schema = new SchemaBuilder()
            .EnableCostDirectives()
            .AddObjectType("Query", t => t
                .Field("districts", "DistrictsConnection", f => f
                    .Argument("first", "Int", a => a.Description(First))
                    .Argument("after", "String", a => a.Description(After))
                    .Argument("last", "Int", a => a.Description(Last))
                    .Argument("before", "String", a => a.Description(Before))
                    .Argument("where", "DistrictFilterInput", a => a.Cost(10))
                    .Argument("order", "[DistrictSortInput!]", a => a.Cost(10))
                    .ListSize(50, ["first", "last"], 10, ["edges", "nodes"], requireOneSlicingArgument: false)
                    .Cost(10)))
            .AddObjectType("DistrictsConnection", t => t
                .Description("A connection to a list of items.")
                .Field("pageInfo", "PageInfo!", f => f.Description("Information to aid in pagination."))
                .Field("edges", "[DistrictsEdge!]", f => f.Description("A list of edges."))
                .Field("nodes", "[District!]", f => f.Description("A flattened list of the nodes."))
                .Field("totalCount", "Int!", f => f.Description("Identifies the total count of items in the connection.").Cost(10)))
            .AddObjectType("DistrictsEdge", t => t
                .Description("An edge in a connection.")
                .Field("cursor", "String!", f => f.Description("A cursor for use in pagination."))
                .Field("node", "District!", f => f.Description("The item at the end of the edge.")))
            .AddObjectType("PageInfo", t => t
                .Description("Information about pagination in a connection.")
                .Field("hasNextPage", "Boolean!", f => f.Description("Indicates whether more edges exist following the set defined by the clients arguments."))
                .Field("hasPreviousPage", "Boolean!", f => f.Description("Indicates whether more edges exist prior the set defined by the clients arguments."))
                .Field("startCursor", "String", f => f.Description("When paginating backwards, the cursor to continue."))
                .Field("endCursor", "String", f => f.Description("When paginating forwards, the cursor to continue.")))
            .AddObjectType("District", t => t.Field("name", "String!"))
            .AddInputObjectType("DistrictFilterInput", i => i
                .Field("and", "[DistrictFilterInput!]")
                .Field("or", "[DistrictFilterInput!]"))
            .AddInputObjectType("DistrictSortInput", i => i.Field("name", "SortEnumType", f => f.Cost(10)))
            .AddEnumType("SortEnumType", e => e.Value("ASC").Value("DESC"))
            .Build();

        var expected = $$"""
            schema {
              query: Query
            }

            type District {
              name: String!
            }

            "A connection to a list of items."
            type DistrictsConnection {
              "Information to aid in pagination."
              pageInfo: PageInfo!
              "A list of edges."
              edges: [DistrictsEdge!]
              "A flattened list of the nodes."
              nodes: [District!]
              "Identifies the total count of items in the connection."
              totalCount: Int! @cost(weight: "10")
            }

            "An edge in a connection."
            type DistrictsEdge {
              "A cursor for use in pagination."
              cursor: String!
              "The item at the end of the edge."
              node: District!
            }

            "Information about pagination in a connection."
            type PageInfo {
              "Indicates whether more edges exist following the set defined by the clients arguments."
              hasNextPage: Boolean!
              "Indicates whether more edges exist prior the set defined by the clients arguments."
              hasPreviousPage: Boolean!
              "When paginating backwards, the cursor to continue."
              startCursor: String
              "When paginating forwards, the cursor to continue."
              endCursor: String
            }

            type Query {
              districts("{{First}}" first: Int "{{After}}" after: String "{{Last}}" last: Int "{{Before}}" before: String where: DistrictFilterInput @cost(weight: "10") order: [DistrictSortInput!] @cost(weight: "10")): DistrictsConnection @listSize(assumedSize: 50, slicingArguments: [ "first", "last" ], slicingArgumentDefaultValue: 10, sizedFields: [ "edges", "nodes" ], requireOneSlicingArgument: false) @cost(weight: "10")
            }

            input DistrictFilterInput {
              and: [DistrictFilterInput!]
              or: [DistrictFilterInput!]
            }

            input DistrictSortInput {
              name: SortEnumType @cost(weight: "10")
            }

            enum SortEnumType {
              ASC
              DESC
            }

            "The purpose of the `cost` directive is to define a `weight` for GraphQL types, fields, and arguments. Static analysis can use these weights when calculating the overall cost of a query or response."
            directive @cost("The `weight` argument defines what value to add to the overall cost for every appearance, or possible appearance, of a type, field, argument, etc." weight: String!) on SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM | INPUT_FIELD_DEFINITION

            "The purpose of the `@listSize` directive is to either inform the static analysis about the size of returned lists (if that information is statically available), or to point the analysis to where to find that information."
            directive @listSize("The `assumedSize` argument can be used to statically define the maximum length of a list returned by a field." assumedSize: Int "The `slicingArguments` argument can be used to define which of the field's arguments with numeric type are slicing arguments, so that their value determines the size of the list returned by that field. It may specify a list of multiple slicing arguments." slicingArguments: [String!] "The `slicingArgumentDefaultValue` argument can be used to define a default value for a slicing argument, which is used if the argument is not present in a query." slicingArgumentDefaultValue: Int "The `sizedFields` argument can be used to define that the value of the `assumedSize` argument or of a slicing argument does not affect the size of a list returned by a field itself, but that of a list returned by one of its sub-fields." sizedFields: [String!] "The `requireOneSlicingArgument` argument can be used to inform the static analysis that it should expect that exactly one of the defined slicing arguments is present in a query. If that is not the case (i.e., if none or multiple slicing arguments are present), the static analysis may throw an error." requireOneSlicingArgument: Boolean! = true) on FIELD_DEFINITION
            """;

        Assert.Equal(expected, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Print_NodeInterface_MatchesHotChocolateGlobalObjectIdentification()
    {
        var schema = new SchemaBuilder()
            .EnableCostDirectives()
            .AddInterfaceType("Node", t => t
                .Description("The node interface is implemented by entities that have a global unique identifier.")
                .Field("id", "ID!"))
            .AddObjectType("Query", t => t
                .Field("node", "Node", f => f
                    .Description("Fetches an object given its ID.")
                    .Argument("id", "ID!", a => a.Description("ID of the object."))
                    .Cost(10))
                .Field("nodes", "[Node]!", f => f
                    .Description("Lookup nodes by a list of IDs.")
                    .Argument("ids", "[ID!]!", a => a.Description("The list of node IDs."))
                    .Cost(10)))
            .AddObjectType("District", t => t.Implements("Node").Field("id", "ID!"))
            .Build();

        var printed = SchemaPrinter.Print(schema);

        Assert.StartsWith(
            """
            schema {
              query: Query
            }

            "The node interface is implemented by entities that have a global unique identifier."
            interface Node {
              id: ID!
            }

            type District implements Node {
              id: ID!
            }

            type Query {
              "Fetches an object given its ID."
              node("ID of the object." id: ID!): Node @cost(weight: "10")
              "Lookup nodes by a list of IDs."
              nodes("The list of node IDs." ids: [ID!]!): [Node]! @cost(weight: "10")
            }
            """,
            printed);
    }

    [Fact]
    public void Print_InterfacesComeBeforeObjects_ThenUnionsInputsEnumsDirectivesScalars()
    {
        var schema = new SchemaBuilder()
            .AddObjectType("Query", t => t.Field("a", "Z").Field("u", "U").Field("d", "Date", f => f.Argument("x", "In")))
            .AddObjectType("A", t => t.Implements("Z").Field("z", "E"))
            .AddInterfaceType("Z", t => t.Field("z", "E"))
            .AddUnionType("U", u => u.Types("A", "Query"))
            .AddInputObjectType("In", i => i.Field("e", "E"))
            .AddEnumType("E", e => e.Value("V"))
            .AddDirective("tag", d => d.Argument("name", "String!").Repeatable().Locations(DirectiveLocation.Object, DirectiveLocation.Interface))
            .AddScalarType(new OpenIntegrationData.GraphQL.Types.Scalars.PassThroughScalarType("Date", null, "https://example.org/date"))
            .Build();

        Assert.Equal(
            """
            schema {
              query: Query
            }

            interface Z {
              z: E
            }

            type A implements Z {
              z: E
            }

            type Query {
              a: Z
              u: U
              d(x: In): Date
            }

            union U = A | Query

            input In {
              e: E
            }

            enum E {
              V
            }

            "The `@specifiedBy` directive is used within the type system definition language to provide a URL for specifying the behavior of custom scalar definitions."
            directive @specifiedBy("The specifiedBy URL points to a human-readable specification. This field will only read a result for scalar types." url: String!) on SCALAR

            directive @tag(name: String!) repeatable on OBJECT | INTERFACE

            scalar Date @specifiedBy(url: "https://example.org/date")
            """,
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Print_MultiLineDescriptions_UseIndentedBlockStrings()
    {
        var schema = new SchemaBuilder()
            .AddObjectType("Query", t => t
                .Description("Multi line\ncomment")
                .Field("f", "String", f => f
                    .Description("Field\n\"\"\"quoted\"\"\"")
                    .Argument("a", "String", a => a.Description("Arg\ntext"))))
            .Build();

        Assert.Equal(
            """"
            schema {
              query: Query
            }

            """
            Multi line
            comment
            """
            type Query {
              """
              Field
              \"""quoted\"""
              """
              f("""
              Arg
              text
              """ a: String): String
            }
            """",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Print_DeprecationsDefaultsAndEscapes()
    {
        var schema = new SchemaBuilder()
            .AddObjectType("Query", t => t
                .Field("old", "String", f => f.Deprecated("Use \"new\".").Argument("limit", "Int", a => a.DefaultValue(10)))
                .Field("gone", "String", f => f.Deprecated())
                .Field("filter", "Int", f => f
                    .Argument("by", "Filter", a => a.DefaultValue(new Dictionary<string, object?> { ["names"] = new[] { "a", "b" }, ["kind"] = "BIG" }))
                    .Argument("optional", "String", a => a.DefaultValue(null))))
            .AddInputObjectType("Filter", i => i.Field("names", "[String!]").Field("kind", "Kind").Field("legacy", "String", f => f.Deprecated()))
            .AddEnumType("Kind", e => e.Value("BIG").Value("SMALL", v => v.Deprecated("Too small.").Description("Small things.")))
            .Build();

        Assert.Equal(
            """
            schema {
              query: Query
            }

            type Query {
              old(limit: Int = 10): String @deprecated(reason: "Use \"new\".")
              gone: String @deprecated
              filter(by: Filter = { names: [ "a", "b" ], kind: BIG } optional: String): Int
            }

            input Filter {
              names: [String!]
              kind: Kind
              legacy: String @deprecated
            }

            enum Kind {
              BIG
              "Small things."
              SMALL @deprecated(reason: "Too small.")
            }
            """,
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Print_SchemaWithAllRootTypesAndDescription_PrintsTheSchemaBlock()
    {
        var schema = new SchemaBuilder()
            .Description("Open data.")
            .AddObjectType("Query", t => t.Field("a", "Int"))
            .AddObjectType("Mutation", t => t.Field("b", "Int"))
            .AddObjectType("Subscription", t => t.Field("c", "Int"))
            .Build();

        Assert.StartsWith(
            """
            "Open data."
            schema {
              query: Query
              mutation: Mutation
              subscription: Subscription
            }
            """,
            SchemaPrinter.Print(schema));
    }
}
