using NodaTime;
using OpenIntegrationData.Data.Scalars;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.Data.Tests.Scalars;

public sealed class ScalarTests
{
    [Fact]
    public void LocalDate_ParseLiteral_IsoDate_IsNodaTimeDate()
    {
        var result = new LocalDateType().ParseLiteral(new StringValueNode("2017-03-10", block: false));

        Assert.True(result.Succeeded);
        Assert.Equal(new LocalDate(2017, 3, 10), result.Value);
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-13-01")]
    [InlineData("10.03.2017")]
    [InlineData("2017-03-10T00:00:00")]
    public void LocalDate_ParseValue_ImpossibleOrOtherFormat_FailsWithHotChocolateMessage(string text)
    {
        var result = new LocalDateType().ParseValue(text);

        Assert.False(result.Succeeded);
        Assert.Equal("Unable to deserialize string to LocalDate", result.Error);
    }

    [Fact]
    public void LocalDate_Serialize_WritesIsoDate() =>
        Assert.Equal("2018-01-01", new LocalDateType().Serialize(new LocalDate(2018, 1, 1)).Value);

    [Fact]
    public void LocalDate_Description_FollowsHotChocolateNodaTimeLayout() =>
        Assert.Equal(
            "LocalDate represents a date within the calendar, with no reference to a particular time zone or time of day.\n\nAllowed patterns:\n- `YYYY-MM-DD`\n\nExamples:\n- `2000-01-01`",
            new LocalDateType().Description);

    [Fact]
    public void Instant_SerializeAndParse_ExtendedIsoRoundTrips()
    {
        var instant = Instant.FromUtc(2000, 1, 1, 20, 0, 0) + Duration.FromNanoseconds(999_999_999);
        var text = new InstantType().Serialize(instant).Value;

        Assert.Equal("2000-01-01T20:00:00.999999999Z", text);
        Assert.Equal(instant, new InstantType().ParseValue(text).Value);
    }

    [Fact]
    public void LocalDate_Serialize_DateOnly_WritesIsoDate() =>
        Assert.Equal("2018-01-02", new LocalDateType().Serialize(new DateOnly(2018, 1, 2)).Value);

    [Fact]
    public void Instant_Serialize_UtcDateTimeAndOffset_WriteTheSameInstant()
    {
        var type = new InstantType();

        Assert.Equal("2000-01-01T20:00:00Z", type.Serialize(new DateTime(2000, 1, 1, 20, 0, 0, DateTimeKind.Utc)).Value);
        Assert.Equal("2000-01-01T20:00:00Z", type.Serialize(new DateTimeOffset(2000, 1, 1, 21, 0, 0, TimeSpan.FromHours(1))).Value);
    }

    [Fact]
    public void NodaTimeScalars_WrongRuntimeOrInputKind_FailWithHotChocolateMessages()
    {
        Assert.Equal("Unable to serialize value to Instant", new InstantType().Serialize(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Local)).Error);
        Assert.Equal("Unable to serialize value to LocalDate", new LocalDateType().Serialize("2000-01-01").Error);
        Assert.Equal("Unable to deserialize value to Instant", new InstantType().ParseValue(42).Error);
        Assert.Equal("Unable to deserialize string to Instant", new InstantType().ParseLiteral(new IntValueNode("42")).Error);
        Assert.Equal("Unable to deserialize string to LocalDate", new LocalDateType().ParseLiteral(new StringValueNode("2023-02-30", block: false)).Error);
    }

    [Fact]
    public void Long_ParseLiteral_BeyondInt32_IsLong() =>
        Assert.Equal(5_000_000_000L, new LongType().ParseLiteral(new IntValueNode("5000000000")).Value);

    [Fact]
    public void Long_ParseLiteral_Fraction_Fails() =>
        Assert.False(new LongType().ParseLiteral(new FloatValueNode("1.5")).Succeeded);

    [Fact]
    public void Decimal_ParseLiteral_FloatAndInt_AreExactDecimals()
    {
        Assert.Equal(5.28m, new DecimalType().ParseLiteral(new FloatValueNode("5.28")).Value);
        Assert.Equal(7m, new DecimalType().ParseLiteral(new IntValueNode("7")).Value);
        Assert.False(new DecimalType().ParseLiteral(new StringValueNode("7", block: false)).Succeeded);
    }

    [Fact]
    public void Long_ParseLiteral_BeyondInt64_SaysWhichRange() =>
        Assert.Equal(
            "Long cannot represent non 64-bit signed integer value: 9223372036854775808",
            new LongType().ParseLiteral(new IntValueNode("9223372036854775808")).Error);

    [Fact]
    public void Long_Serialize_WholeNumbersOfOtherWidths_AreLongs()
    {
        Assert.Equal(7L, new LongType().Serialize(7).Value);
        Assert.Equal(7L, new LongType().Serialize(7.0m).Value);
        Assert.Equal("Long cannot represent non-integer value: 7.5", new LongType().Serialize(7.5).Error);
    }

    [Fact]
    public void Decimal_Serialize_NotANumber_Fails()
    {
        Assert.Equal(0.5m, new DecimalType().Serialize(0.5).Value);
        Assert.Equal("Decimal cannot represent non numeric value: NaN", new DecimalType().Serialize(double.NaN).Error);
        Assert.Equal("Decimal cannot represent non numeric value: 1e999", new DecimalType().ParseLiteral(new FloatValueNode("1e999")).Error);
    }
}
