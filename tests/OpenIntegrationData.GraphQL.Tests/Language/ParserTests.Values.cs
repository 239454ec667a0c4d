using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Tests.Language;

public partial class ParserTests
{
    [Theory]
    [InlineData("123", SyntaxKind.IntValue)]
    [InlineData("-1.5e3", SyntaxKind.FloatValue)]
    [InlineData("\"text\"", SyntaxKind.StringValue)]
    [InlineData("\"\"\"block\"\"\"", SyntaxKind.StringValue)]
    [InlineData("true", SyntaxKind.BooleanValue)]
    [InlineData("false", SyntaxKind.BooleanValue)]
    [InlineData("null", SyntaxKind.NullValue)]
    [InlineData("RED", SyntaxKind.EnumValue)]
    [InlineData("True", SyntaxKind.EnumValue)]
    [InlineData("$var", SyntaxKind.Variable)]
    [InlineData("[]", SyntaxKind.ListValue)]
    [InlineData("{}", SyntaxKind.ObjectValue)]
    public void Parse_Value_HasItsKind(string value, SyntaxKind expected)
    {
        Assert.Equal(expected, ParseArgumentValue(value).Kind);
    }

    [Fact]
    public void Parse_Numbers_KeepTheirSourceText()
    {
        Assert.Equal("-0", Assert.IsType<IntValueNode>(ParseArgumentValue("-0")).Value);
        Assert.Equal("1.50E+10", Assert.IsType<FloatValueNode>(ParseArgumentValue("1.50E+10")).Value);
        Assert.Equal("123456789012345678901234567890", Assert.IsType<IntValueNode>(ParseArgumentValue("123456789012345678901234567890")).Value);
    }

    [Fact]
    public void Parse_Booleans_HaveTheirValues()
    {
        Assert.True(Assert.IsType<BooleanValueNode>(ParseArgumentValue("true")).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(ParseArgumentValue("false")).Value);
    }

    [Fact]
    public void Parse_Strings_AreDecodedAndRememberTheirForm()
    {
        var quoted = Assert.IsType<StringValueNode>(ParseArgumentValue("\"a\\u{1F600}\\uD83D\\uDE00\\n\""));
        var block = Assert.IsType<StringValueNode>(ParseArgumentValue("\"\"\"\n    a\n      b\n  \"\"\""));

        Assert.Equal("a😀😀\n", quoted.Value);
        Assert.False(quoted.Block);
        Assert.Equal("a\n  b", block.Value);
        Assert.True(block.Block);
    }

    [Fact]
    public void Parse_NestedListsAndObjects_KeepTheirOrder()
    {
        var value = Assert.IsType<ObjectValueNode>(ParseArgumentValue("{b: [1, [2, {c: null}]], a: ENUM}"));

        Assert.Equal(["b", "a"], value.Fields.Select(f => f.Name.Value));
        var list = Assert.IsType<ListValueNode>(value.Fields[0].Value);
        Assert.IsType<IntValueNode>(list.Values[0]);
        var inner = Assert.IsType<ListValueNode>(list.Values[1]);
        Assert.IsType<NullValueNode>(Assert.IsType<ObjectValueNode>(inner.Values[1]).Fields[0].Value);
    }

    [Fact]
    public void Parse_EmptyListAndObject_HaveNoItems()
    {
        Assert.Empty(Assert.IsType<ListValueNode>(ParseArgumentValue("[]")).Values);
        Assert.Empty(Assert.IsType<ObjectValueNode>(ParseArgumentValue("{}")).Fields);
    }

    [Fact]
    public void Parse_VariableInsideListInField_IsAllowed()
    {
        var list = Assert.IsType<ListValueNode>(ParseArgumentValue("[$a, {b: $c}]"));

        Assert.Equal("a", Assert.IsType<VariableNode>(list.Values[0]).Name.Value);
    }

    [Theory]
    [InlineData("query Q($a: Int = $b) { f }", 19)]
    [InlineData("query Q($a: Int = [1, $b]) { f }", 23)]
    [InlineData("query Q($a: Int @d(x: $b)) { f }", 23)]
    [InlineData("type T { f(a: Int = $v): Int }", 21)]
    [InlineData("type T @d(a: {b: $v}) { f: Int }", 18)]
    [InlineData("scalar S @d(a: $v)", 16)]
    public void Parse_VariableInConstantValue_IsAnError(string source, int column)
    {
        var error = ParseError(source);

        Assert.Matches("^Unexpected variable `\\$[bv]` in a constant value\\.$", error.Message);
        Assert.Equal(column, error.Locations[0].Column);
    }
}
