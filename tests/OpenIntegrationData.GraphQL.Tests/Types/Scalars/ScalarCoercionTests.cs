using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Tests.Types.Scalars;

public sealed class ScalarCoercionTests
{
    [Theory]
    [InlineData(42, 42)]
    [InlineData(42L, 42)]
    [InlineData(42.0, 42)]
    [InlineData(-2147483648L, int.MinValue)]
    public void IntParseValue_WholeNumberInRange_ReturnsInt(object input, int expected)
    {
        var result = BuiltInScalars.Int.ParseValue(input);

        Assert.True(result.Succeeded);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void IntParseValue_Fraction_FailsWithGraphQLJsMessage()
    {
        var result = BuiltInScalars.Int.ParseValue(1.5);

        Assert.False(result.Succeeded);
        Assert.Equal("Int cannot represent non-integer value: 1.5", result.Error);
    }

    [Fact]
    public void IntParseValue_OutOfRange_Fails()
    {
        var result = BuiltInScalars.Int.ParseValue(2147483648L);

        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", result.Error);
    }

    [Fact]
    public void IntParseValue_String_Fails()
    {
        Assert.Equal("Int cannot represent non-integer value: \"12\"", BuiltInScalars.Int.ParseValue("12").Error);
    }

    [Fact]
    public void IntParseLiteral_IntLiteral_ReturnsInt()
    {
        Assert.Equal(-7, BuiltInScalars.Int.ParseLiteral(new IntValueNode("-7")).Value);
    }

    [Fact]
    public void IntParseLiteral_StringLiteral_FailsWithPrintedLiteral()
    {
        var result = BuiltInScalars.Int.ParseLiteral(new StringValueNode("abc", block: false));

        Assert.Equal("Int cannot represent non-integer value: \"abc\"", result.Error);
    }

    [Fact]
    public void IntParseLiteral_TooLarge_Fails()
    {
        var result = BuiltInScalars.Int.ParseLiteral(new IntValueNode("9999999999"));

        Assert.Equal("Int cannot represent non 32-bit signed integer value: 9999999999", result.Error);
    }

    [Fact]
    public void IntSerialize_LongInRange_ReturnsInt()
    {
        Assert.Equal(5, BuiltInScalars.Int.Serialize(5L).Value);
        Assert.False(BuiltInScalars.Int.Serialize(long.MaxValue).Succeeded);
        Assert.False(BuiltInScalars.Int.Serialize(true).Succeeded);
    }

    [Fact]
    public void FloatParseLiteral_IntAndFloatLiterals_ReturnDouble()
    {
        Assert.Equal(3.0, BuiltInScalars.Float.ParseLiteral(new IntValueNode("3")).Value);
        Assert.Equal(0.25, BuiltInScalars.Float.ParseLiteral(new FloatValueNode("2.5e-1")).Value);
    }

    [Fact]
    public void FloatParseLiteral_Overflow_Fails()
    {
        Assert.False(BuiltInScalars.Float.ParseLiteral(new FloatValueNode("1e400")).Succeeded);
    }

    [Fact]
    public void FloatSerialize_NonFinite_Fails()
    {
        Assert.Equal("Float cannot represent non numeric value: NaN", BuiltInScalars.Float.Serialize(double.NaN).Error);
        Assert.Equal("Float cannot represent non numeric value: Infinity", BuiltInScalars.Float.Serialize(double.PositiveInfinity).Error);
        Assert.Equal(2.5, BuiltInScalars.Float.Serialize(2.5m).Value);
    }

    [Fact]
    public void FloatParseValue_Boolean_Fails()
    {
        Assert.Equal("Float cannot represent non numeric value: true", BuiltInScalars.Float.ParseValue(true).Error);
    }

    [Fact]
    public void StringCoercion_AcceptsOnlyStrings()
    {
        Assert.Equal("a", BuiltInScalars.String.ParseValue("a").Value);
        Assert.Equal("String cannot represent a non string value: 1", BuiltInScalars.String.ParseValue(1).Error);
        Assert.Equal(
            "String cannot represent a non string value: [1, 2]",
            BuiltInScalars.String.ParseLiteral(new ListValueNode([new IntValueNode("1"), new IntValueNode("2")])).Error);
        Assert.Equal("String cannot represent value: {}", BuiltInScalars.String.Serialize(new Dictionary<string, object?>()).Error);
    }

    [Fact]
    public void BooleanCoercion_AcceptsOnlyBooleans()
    {
        Assert.Equal(true, BuiltInScalars.Boolean.ParseLiteral(new BooleanValueNode(true)).Value);
        Assert.Equal("Boolean cannot represent a non boolean value: 0", BuiltInScalars.Boolean.ParseValue(0).Error);
        Assert.Equal("Boolean cannot represent a non boolean value: TRUE", BuiltInScalars.Boolean.ParseLiteral(new EnumValueNode("TRUE")).Error);
    }

    [Fact]
    public void IdCoercion_AcceptsStringsAndIntegers()
    {
        Assert.Equal("abc", BuiltInScalars.ID.ParseValue("abc").Value);
        Assert.Equal("4", BuiltInScalars.ID.ParseValue(4L).Value);
        Assert.Equal("4", BuiltInScalars.ID.ParseLiteral(new IntValueNode("4")).Value);
        Assert.Equal("42", BuiltInScalars.ID.Serialize(42).Value);
    }

    [Fact]
    public void IdCoercion_RejectsFractionsAndBooleans()
    {
        Assert.Equal("ID cannot represent value: 1.5", BuiltInScalars.ID.ParseValue(1.5).Error);
        Assert.Equal("ID cannot represent a non-string and non-integer value: true", BuiltInScalars.ID.ParseLiteral(new BooleanValueNode(true)).Error);
    }

    [Fact]
    public void IdValueToLiteral_IntegerLookingId_IsIntLiteral()
    {
        Assert.IsType<IntValueNode>(BuiltInScalars.ID.ValueToLiteral("42"));
        Assert.IsType<StringValueNode>(BuiltInScalars.ID.ValueToLiteral("042"));
        Assert.IsType<StringValueNode>(BuiltInScalars.ID.ValueToLiteral("RGlzdHJpY3Q6NDI="));
    }

    [Fact]
    public void BuiltInScalars_HaveSpecDescriptionsAndAreSpecified()
    {
        Assert.All(BuiltInScalars.All, s => Assert.True(s.IsSpecifiedType));
        Assert.StartsWith("The `Int` scalar type represents non-fractional signed whole numeric values.", BuiltInScalars.Int.Description);
        Assert.Same(BuiltInScalars.Float, BuiltInScalars.Find("Float"));
        Assert.Null(BuiltInScalars.Find("Long"));
    }
}
