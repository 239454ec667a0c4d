using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Building;
using OpenIntegrationData.GraphQL.Types.Coercion;

namespace OpenIntegrationData.GraphQL.Tests.Types.Coercion;

public sealed class InputCoercionTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .AddObjectType("Query", t => t.Field("districts", "[String]", f => f
            .Argument("where", "DistrictFilterInput")
            .Argument("by", "DistrictBy")))
        .AddInputObjectType("DistrictFilterInput", i => i
            .Field("name", "StringFilter")
            .Field("population", "Int")
            .Field("and", "[DistrictFilterInput!]")
            .Field("take", "Int!", f => f.DefaultValue(10)))
        .AddInputObjectType("StringFilter", i => i.Field("eq", "String").Field("in", "[String!]"))
        .AddInputObjectType("DistrictBy", i => i.OneOf().Field("id", "ID").Field("code", "String"))
        .AddInputObjectType("Required", i => i.Field("name", "String!"))
        .AddEnumType("Order", e => e.Value("ASC", 1).Value("DESC", -1))
        .Build();

    private static GraphQLType Type(string name) => Schema.FindType(name)!;

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    [Fact]
    public void CoerceInputValue_InputObject_CoercesFieldsInDefinitionOrderAndAppliesDefaults()
    {
        var result = InputCoercion.CoerceInputValue(
            Map(("population", 5L), ("name", Map(("eq", "Mitte")))),
            Type("DistrictFilterInput"));

        Assert.True(result.Succeeded);
        var value = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Value);
        Assert.Equal(["name", "population", "take"], value.Keys);
        Assert.Equal(5, value["population"]);
        Assert.Equal(10, value["take"]);
        Assert.Equal("Mitte", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value["name"])["eq"]);
    }

    [Fact]
    public void CoerceInputValue_NestedBadValue_ReportsPathAndGraphQLJsMessage()
    {
        var result = InputCoercion.CoerceInputValue(
            Map(("and", new object?[] { Map(("name", Map(("eq", 3L)))) })),
            Type("DistrictFilterInput"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(["and", 0, "name", "eq"], error.Path);
        Assert.Equal("String cannot represent a non string value: 3", error.Message);
        Assert.Equal(
            "Variable \"$where\" got invalid value 3 at \"where.and[0].name.eq\"; String cannot represent a non string value: 3",
            error.FormatVariableMessage("where"));
    }

    [Fact]
    public void CoerceInputValue_UnknownField_SuggestsKnownField()
    {
        var result = InputCoercion.CoerceInputValue(Map(("populaton", 1L)), Type("DistrictFilterInput"));

        Assert.Equal(
            "Field \"populaton\" is not defined by type \"DistrictFilterInput\". Did you mean \"population\"?",
            Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void CoerceInputValue_MissingRequiredField_Fails()
    {
        var result = InputCoercion.CoerceInputValue(Map(), Type("Required"));

        Assert.Equal("Field \"name\" of required type \"String!\" was not provided.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void CoerceInputValue_NotAnObject_Fails()
    {
        var result = InputCoercion.CoerceInputValue("text", Type("Required"));

        Assert.Equal("Expected type \"Required\" to be an object.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void CoerceInputValue_NullForNonNull_Fails()
    {
        var result = InputCoercion.CoerceInputValue(null, BuiltInScalars.Int.ToNonNull());

        Assert.Equal("Expected non-nullable type \"Int!\" not to be null.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void CoerceInputValue_SingleValueForList_BecomesOneItemList()
    {
        var result = InputCoercion.CoerceInputValue("a", BuiltInScalars.String.ToNonNull().ToList());

        Assert.Equal(["a"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Value));
    }

    [Fact]
    public void CoerceInputValue_ListItems_AreCoercedWithIndexPaths()
    {
        var result = InputCoercion.CoerceInputValue(new object?[] { 1L, "x", null }, BuiltInScalars.Int.ToNonNull().ToList());

        Assert.Equal(2, result.Errors.Count);
        Assert.Equal([1], result.Errors[0].Path);
        Assert.Equal([2], result.Errors[1].Path);
        Assert.Equal("Expected non-nullable type \"Int!\" not to be null.", result.Errors[1].Message);
    }

    [Fact]
    public void CoerceInputValue_OneOfWithTwoKeys_Fails()
    {
        var result = InputCoercion.CoerceInputValue(Map(("id", "1"), ("code", "x")), Type("DistrictBy"));

        Assert.Equal("Exactly one key must be specified for OneOf type \"DistrictBy\".", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void CoerceInputValue_OneOfWithNullValue_Fails()
    {
        var result = InputCoercion.CoerceInputValue(Map(("code", null)), Type("DistrictBy"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Field \"code\" must be non-null.", error.Message);
        Assert.Equal(["code"], error.Path);
    }

    [Fact]
    public void CoerceInputValue_OneOfWithOneKey_Succeeds()
    {
        var result = InputCoercion.CoerceInputValue(Map(("id", 7L)), Type("DistrictBy"));

        Assert.Equal(["id"], Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Value).Keys);
    }

    [Fact]
    public void CoerceInputValue_Enum_ReturnsRuntimeValue()
    {
        Assert.Equal(-1, InputCoercion.CoerceInputValue("DESC", Type("Order")).Value);
    }

    [Fact]
    public void CoerceInputLiteral_ObjectWithVariables_UsesVariableValuesAndDefaults()
    {
        var literal = new ObjectValueNode([
            new ObjectFieldNode(new NameNode("population"), new VariableNode(new NameNode("p"))),
            new ObjectFieldNode(new NameNode("take"), new VariableNode(new NameNode("missing"))),
        ]);

        var result = InputCoercion.CoerceInputLiteral(literal, Type("DistrictFilterInput"), new Dictionary<string, object?> { ["p"] = 42 });

        var value = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Value);
        Assert.Equal(42, value["population"]);
        Assert.Equal(10, value["take"]);
    }

    [Fact]
    public void CoerceInputLiteral_WrongLiteral_ReportsScalarMessageAndPath()
    {
        var literal = new ObjectValueNode([
            new ObjectFieldNode(new NameNode("and"), new ListValueNode([
                new ObjectValueNode([new ObjectFieldNode(new NameNode("population"), new StringValueNode("many", block: false))]),
            ])),
        ]);

        var result = InputCoercion.CoerceInputLiteral(literal, Type("DistrictFilterInput"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Int cannot represent non-integer value: \"many\"", error.Message);
        Assert.Equal(["and", 0, "population"], error.Path);
        Assert.IsType<StringValueNode>(error.Node);
    }

    [Fact]
    public void CoerceInputLiteral_NullForNonNull_Fails()
    {
        var result = InputCoercion.CoerceInputLiteral(new NullValueNode(), BuiltInScalars.Int.ToNonNull());

        Assert.Equal("Expected value of type \"Int!\", found null.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void CoerceInputLiteral_ScalarForInputObject_Fails()
    {
        var result = InputCoercion.CoerceInputLiteral(new IntValueNode("1"), Type("Required"));

        Assert.Equal("Expected value of type \"Required\", found 1.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void CoerceInputLiteral_MissingRequiredField_NamesTheCoordinate()
    {
        var result = InputCoercion.CoerceInputLiteral(new ObjectValueNode([]), Type("Required"));

        Assert.Equal("Field \"Required.name\" of required type \"String!\" was not provided.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void CoerceInputLiteral_OneOfWithNullLiteral_Fails()
    {
        var literal = new ObjectValueNode([new ObjectFieldNode(new NameNode("id"), new NullValueNode())]);

        var result = InputCoercion.CoerceInputLiteral(literal, Type("DistrictBy"));

        Assert.Equal("Field \"DistrictBy.id\" must be non-null.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void CoerceInputLiteral_OneOfWithTwoFields_Fails()
    {
        var literal = new ObjectValueNode([
            new ObjectFieldNode(new NameNode("id"), new StringValueNode("1", block: false)),
            new ObjectFieldNode(new NameNode("code"), new StringValueNode("x", block: false)),
        ]);

        var result = InputCoercion.CoerceInputLiteral(literal, Type("DistrictBy"));

        Assert.Equal("OneOf Input Object \"DistrictBy\" must specify exactly one key.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void CoerceInputLiteral_ItemForList_BecomesOneItemList()
    {
        var result = InputCoercion.CoerceInputLiteral(new EnumValueNode("ASC"), Type("Order").ToList());

        Assert.Equal([1], Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Value));
    }

    [Fact]
    public void CoerceInputLiteral_VariableOfItemTypeInListPosition_BecomesOneItemList()
    {
        var result = InputCoercion.CoerceInputLiteral(
            new VariableNode(new NameNode("x")),
            BuiltInScalars.String.ToList(),
            new Dictionary<string, object?> { ["x"] = "a" });

        Assert.Equal(["a"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Value));
    }

    [Fact]
    public void CoerceInputLiteral_MissingVariableInList_IsNull()
    {
        var literal = new ListValueNode([new IntValueNode("1"), new VariableNode(new NameNode("missing"))]);

        var result = InputCoercion.CoerceInputLiteral(literal, BuiltInScalars.Int.ToList(), new Dictionary<string, object?>());

        Assert.Equal([1, null], Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Value));
    }

    [Fact]
    public void ValueToLiteral_RuntimeValues_BecomeTypedLiterals()
    {
        var filter = new Dictionary<string, object?> { ["population"] = 3, ["name"] = new Dictionary<string, object?> { ["in"] = new[] { "a" } } };

        var literal = InputCoercion.ValueToLiteral(filter, Type("DistrictFilterInput"));

        var obj = Assert.IsType<ObjectValueNode>(literal);
        Assert.Equal(["name", "population"], obj.Fields.Select(f => f.Name.Value));
        Assert.IsType<EnumValueNode>(InputCoercion.ValueToLiteral(-1, Type("Order")));
        Assert.Equal("DESC", ((EnumValueNode)InputCoercion.ValueToLiteral("DESC", Type("Order"))!).Value);
        Assert.Null(InputCoercion.ValueToLiteral(null, BuiltInScalars.Int.ToNonNull()));
        Assert.IsType<NullValueNode>(InputCoercion.ValueToLiteral(null, BuiltInScalars.Int));
        Assert.Equal("1.5", Assert.IsType<FloatValueNode>(InputCoercion.ValueToLiteral(1.5, BuiltInScalars.Float)).Value);
        Assert.Equal("2", Assert.IsType<IntValueNode>(InputCoercion.ValueToLiteral(2.0, BuiltInScalars.Float)).Value);
    }

    [Fact]
    public void ValidateInputLiteral_Variables_AreTakenAsValid()
    {
        var literal = new ObjectValueNode([
            new ObjectFieldNode(new NameNode("take"), new VariableNode(new NameNode("t"))),
            new ObjectFieldNode(new NameNode("population"), new StringValueNode("x", block: false)),
        ]);

        var errors = InputCoercion.ValidateInputLiteral(literal, Type("Required").ToList());

        Assert.Equal(
            ["Field \"Required.name\" of required type \"String!\" was not provided.", "Field \"take\" is not defined by type \"Required\". Did you mean \"name\"?", "Field \"population\" is not defined by type \"Required\"."],
            errors.Select(e => e.Message));
        Assert.Empty(InputCoercion.ValidateInputLiteral(new VariableNode(new NameNode("v")), BuiltInScalars.Int.ToNonNull()));
        Assert.Empty(InputCoercion.ValidateInputLiteral(
            new ObjectValueNode([new ObjectFieldNode(new NameNode("name"), new VariableNode(new NameNode("n")))]),
            Type("Required")));
    }
}
