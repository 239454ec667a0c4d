using System.Text.Json;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Types;
using static OpenIntegrationData.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace OpenIntegrationData.GraphQL.Tests.Introspection;

public sealed class IntrospectionTests
{
    private const string Sdl = """
        "The open-data graph."
        schema { query: Query mutation: Mutation }

        "Entry points."
        type Query {
          "A district by number."
          district(number: Int!, "Old way." legacyId: ID @deprecated(reason: "Use number.")): District
          places(filter: PlaceFilter = { name: "A\"b", kinds: [CITY] }, first: Int = 10): [Place!]!
          old: String @deprecated
        }
        type Mutation { touch: Boolean }
        interface Place { name: String! }
        "A district (Stadtbezirk)."
        type District implements Place { name: String! number: Int! }
        union Anything = District
        enum Kind { CITY DISTRICT @deprecated(reason: "Merged.") }
        input PlaceFilter { name: String kinds: [Kind!] oldName: String @deprecated(reason: "Gone.") }
        input PlaceKey @oneOf { number: Int name: String }
        "An instant."
        scalar Instant @specifiedBy(url: "https://example.org/instant")
        type Extra { at: Instant key(by: PlaceKey): Anything }
        """;

    private static RequestExecutor CreateExecutor() => new(Schema(Sdl));

    private static async Task<JsonElement> QueryAsync(string query)
    {
        var json = await CreateExecutor().ExecuteJsonAsync(query);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement.Clone();
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data");
    }

    private static JsonElement TypeNamed(JsonElement schema, string name) =>
        schema.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == name);

    [Fact]
    public async Task FullIntrospectionQuery_DescribesTheSchemaTypesAndMetaTypes()
    {
        var schema = (await QueryAsync(IntrospectionQueries.Full)).GetProperty("__schema");

        Assert.Equal("The open-data graph.", schema.GetProperty("description").GetString());
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("Mutation", schema.GetProperty("mutationType").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, schema.GetProperty("subscriptionType").ValueKind);
        var names = schema.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("District", names);
        Assert.Contains("String", names);
        Assert.Contains("Boolean", names);
        Assert.Equal(["__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"], names.Where(n => n!.StartsWith("__", StringComparison.Ordinal)));
        var district = TypeNamed(schema, "District");
        Assert.Equal("OBJECT", district.GetProperty("kind").GetString());
        Assert.Equal("A district (Stadtbezirk).", district.GetProperty("description").GetString());
        Assert.Equal("Place", district.GetProperty("interfaces")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, district.GetProperty("possibleTypes").ValueKind);
        Assert.Equal("District", TypeNamed(schema, "Place").GetProperty("possibleTypes")[0].GetProperty("name").GetString());
        Assert.Equal("District", TypeNamed(schema, "Anything").GetProperty("possibleTypes")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task FullIntrospectionQuery_WrapsTypesInNonNullAndList()
    {
        var schema = (await QueryAsync(IntrospectionQueries.Full)).GetProperty("__schema");

        var places = TypeNamed(schema, "Query").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "places");
        var type = places.GetProperty("type");
        Assert.Equal("NON_NULL", type.GetProperty("kind").GetString());
        Assert.Equal("LIST", type.GetProperty("ofType").GetProperty("kind").GetString());
        Assert.Equal("NON_NULL", type.GetProperty("ofType").GetProperty("ofType").GetProperty("kind").GetString());
        Assert.Equal("Place", type.GetProperty("ofType").GetProperty("ofType").GetProperty("ofType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task InputValue_DefaultValue_IsPrintedAsGraphQL()
    {
        var data = await QueryAsync("""{ __type(name: "Query") { fields { name args { name defaultValue } } } }""");

        var args = data.GetProperty("__type").GetProperty("fields")[1].GetProperty("args");
        Assert.Equal("""{name: "A\"b", kinds: [CITY]}""", args[0].GetProperty("defaultValue").GetString());
        Assert.Equal("10", args[1].GetProperty("defaultValue").GetString());
    }

    [Fact]
    public async Task InputValue_DefaultValueWithControlCharactersOrBlockString_IsPrintedAsGraphQLJsPrintsIt()
    {
        // graphql-js escapes C0 and C1 controls and DEL, and prints a block string default as a quoted string.
        var schema = Schema(""""
            type Query { a(x: String = "a\u007Fb\u0085c\u0001", y: String = """block \ "q" end"""): Int }
            """");

        var json = await new RequestExecutor(schema).ExecuteJsonAsync("""{ __type(name: "Query") { fields { args { defaultValue } } } }""");

        // The JSON graphql-js 16 answers for the same SDL and query.
        Assert.Equal(
            """{"data":{"__type":{"fields":[{"args":[{"defaultValue":"\"a\\u007Fb\\u0085c\\u0001\""},{"defaultValue":"\"block \\\\ \\\"q\\\" end\""}]}]}}}""",
            json);
    }

    [Fact]
    public async Task DeprecatedArgumentsFieldsAndValues_AreHiddenUnlessIncludeDeprecated()
    {
        var data = await QueryAsync("""
            {
              query: __type(name: "Query") {
                fields { name args { name } }
                all: fields(includeDeprecated: true) { name isDeprecated deprecationReason args(includeDeprecated: true) { name isDeprecated deprecationReason } }
              }
              kind: __type(name: "Kind") { enumValues { name } all: enumValues(includeDeprecated: true) { name deprecationReason } }
              filter: __type(name: "PlaceFilter") { inputFields { name } all: inputFields(includeDeprecated: true) { name isDeprecated } }
            }
            """);

        var query = data.GetProperty("query");
        Assert.Equal(["district", "places"], query.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(["number"], query.GetProperty("fields")[0].GetProperty("args").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        var old = query.GetProperty("all")[2];
        Assert.Equal("No longer supported", old.GetProperty("deprecationReason").GetString());
        var legacyId = query.GetProperty("all")[0].GetProperty("args")[1];
        Assert.True(legacyId.GetProperty("isDeprecated").GetBoolean());
        Assert.Equal("Use number.", legacyId.GetProperty("deprecationReason").GetString());
        Assert.Equal(1, data.GetProperty("kind").GetProperty("enumValues").GetArrayLength());
        Assert.Equal("Merged.", data.GetProperty("kind").GetProperty("all")[1].GetProperty("deprecationReason").GetString());
        Assert.Equal(2, data.GetProperty("filter").GetProperty("inputFields").GetArrayLength());
        Assert.Equal(3, data.GetProperty("filter").GetProperty("all").GetArrayLength());
    }

    [Fact]
    public async Task IncludeDeprecatedNull_IsAcceptedAndHidesDeprecatedMembersLikeFalse()
    {
        // Clients generated against graphql-js 16 or HotChocolate 15 see `includeDeprecated: Boolean = false`.
        var data = await QueryAsync("""
            {
              query: __type(name: "Query") { fields(includeDeprecated: null) { name } }
              field: __type(name: "__Type") { fields(includeDeprecated: true) { name args { name type { kind name } defaultValue } } }
            }
            """);

        Assert.Equal(["district", "places"], data.GetProperty("query").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var fieldsField = data.GetProperty("field").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "fields");
        var includeDeprecated = fieldsField.GetProperty("args")[0];
        Assert.Equal("SCALAR", includeDeprecated.GetProperty("type").GetProperty("kind").GetString());
        Assert.Equal("Boolean", includeDeprecated.GetProperty("type").GetProperty("name").GetString());
        Assert.Equal("false", includeDeprecated.GetProperty("defaultValue").GetString());
    }

    [Fact]
    public async Task DeprecatedDirective_IsHiddenUnlessIncludeDeprecatedAndReportsItsReason()
    {
        var schema = Schema(Sdl, builder => builder
            .AddDirective("legacyCache", d => d.Locations(DirectiveLocation.FieldDefinition).Deprecated("Use HTTP caching."))
            .AddDirective("tag", d => d.Locations(DirectiveLocation.Object)));
        var json = await new RequestExecutor(schema).ExecuteJsonAsync("""
            {
              __schema {
                directives { name }
                all: directives(includeDeprecated: true) { name isDeprecated deprecationReason }
              }
              location: __type(name: "__DirectiveLocation") { enumValues { name } }
            }
            """);
        using var document = JsonDocument.Parse(json);
        var data = document.RootElement.GetProperty("data");

        var visible = data.GetProperty("__schema").GetProperty("directives").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Contains("tag", visible);
        Assert.DoesNotContain("legacyCache", visible);
        var legacy = data.GetProperty("__schema").GetProperty("all").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "legacyCache");
        Assert.True(legacy.GetProperty("isDeprecated").GetBoolean());
        Assert.Equal("Use HTTP caching.", legacy.GetProperty("deprecationReason").GetString());
        var skip = data.GetProperty("__schema").GetProperty("all").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "skip");
        Assert.False(skip.GetProperty("isDeprecated").GetBoolean());
        Assert.Contains("DIRECTIVE_DEFINITION", data.GetProperty("location").GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task OneOfAndSpecifiedBy_AreReported()
    {
        var data = await QueryAsync("""
            {
              key: __type(name: "PlaceKey") { isOneOf }
              filter: __type(name: "PlaceFilter") { isOneOf }
              district: __type(name: "District") { isOneOf specifiedByURL }
              instant: __type(name: "Instant") { kind specifiedByURL description }
            }
            """);

        Assert.True(data.GetProperty("key").GetProperty("isOneOf").GetBoolean());
        Assert.False(data.GetProperty("filter").GetProperty("isOneOf").GetBoolean());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("district").GetProperty("isOneOf").ValueKind);
        Assert.Equal("https://example.org/instant", data.GetProperty("instant").GetProperty("specifiedByURL").GetString());
        Assert.Equal("SCALAR", data.GetProperty("instant").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Directives_ListTheBuiltInsWithLocationsAndRepeatability()
    {
        var data = await QueryAsync("{ __schema { directives { name isRepeatable locations args { name type { kind } defaultValue } } } }");

        var directives = data.GetProperty("__schema").GetProperty("directives").EnumerateArray().ToList();
        var skip = directives.Single(d => d.GetProperty("name").GetString() == "skip");
        Assert.False(skip.GetProperty("isRepeatable").GetBoolean());
        Assert.Equal(["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"], skip.GetProperty("locations").EnumerateArray().Select(l => l.GetString()));
        var deprecated = directives.Single(d => d.GetProperty("name").GetString() == "deprecated");
        Assert.Equal("\"No longer supported\"", deprecated.GetProperty("args")[0].GetProperty("defaultValue").GetString());
        Assert.Contains(directives, d => d.GetProperty("name").GetString() == "oneOf");
    }

    [Fact]
    public async Task Typename_IsAnsweredOnEveryObjectIncludingMetaTypes()
    {
        var data = await QueryAsync("""{ __typename __schema { __typename queryType { __typename } } __type(name: "Kind") { __typename enumValues { __typename } } }""");

        Assert.Equal("""{"__typename":"Query","__schema":{"__typename":"__Schema","queryType":{"__typename":"__Type"}},"__type":{"__typename":"__Type","enumValues":[{"__typename":"__EnumValue"}]}}""", data.GetRawText());
    }

    [Fact]
    public async Task TypeByName_UnknownType_IsNull()
    {
        var data = await QueryAsync("""{ __type(name: "Nope") { name } meta: __type(name: "__Directive") { name fields { name } } }""");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("__type").ValueKind);
        Assert.Equal(["name", "description", "isRepeatable", "locations", "args", "isDeprecated", "deprecationReason"], data.GetProperty("meta").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task MetaTypes_CarryTheGraphQLJsDescriptions()
    {
        var data = await QueryAsync("""{ __type(name: "__TypeKind") { description enumValues { name description } } }""");

        var kind = data.GetProperty("__type");
        Assert.Equal("An enum describing what kind of type a given `__Type` is.", kind.GetProperty("description").GetString());
        Assert.Equal("Indicates this type is a list. `ofType` is a valid field.", kind.GetProperty("enumValues")[6].GetProperty("description").GetString());
    }

    [Fact]
    public async Task IntrospectionNotAllowed_SchemaFieldIsRefusedButTypenameIsAnswered()
    {
        var options = new RequestOptions { AllowIntrospection = false };

        var refused = await CreateExecutor().ExecuteJsonAsync("{ __typename ...F } fragment F on Query { __schema { description } }", options: options);
        var allowed = await CreateExecutor().ExecuteJsonAsync("{ __typename }", options: options);

        Assert.Equal(
            """{"errors":[{"message":"Introspection is not allowed for the current request.","locations":[{"line":1,"column":43}],"extensions":{"code":"HC0046","field":"__schema"}}]}""",
            refused);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", allowed);
    }
}
