using OpenIntegrationData.Import.Catalog;
using OpenIntegrationData.Import.Validation;

namespace OpenIntegrationData.Import.Tests.Validation;

public sealed class FieldParserTests
{
    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2023-02-30", false)]
    [InlineData("2023-2-3", false)]
    [InlineData("03.02.2023", false)]
    [InlineData("2023-02-03T00:00", false)]
    public void Parse_Date_AcceptsOnlyRealIsoDates(string text, bool valid)
    {
        var parsed = FieldParser.Parse(Column(ColumnType.Date), text);

        Assert.Equal(valid, parsed.Problem is null);
        Assert.Equal(valid ? DateOnly.ParseExact(text, "yyyy-MM-dd") : null, parsed.Value);
    }

    [Theory]
    [InlineData("-3.25", true)]
    [InlineData("1000", true)]
    [InlineData("1,5", false)]
    [InlineData("1e3", false)]
    [InlineData(" 2", false)]
    public void Parse_Decimal_AcceptsInvariantNumbersOnly(string text, bool valid)
    {
        Assert.Equal(valid, FieldParser.Parse(Column(ColumnType.Decimal), text).Problem is null);
    }

    [Fact]
    public void Parse_SmallIntBeyondItsRange_IsOutOfRange()
    {
        var parsed = FieldParser.Parse(Column(ColumnType.SmallInt), "40000");

        Assert.Equal("'c': 40000 is out of range (-32768 to 32767)", parsed.Problem);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Parse_Boolean_TrueOrFalse(string text, bool value)
    {
        Assert.Equal(value, FieldParser.Parse(Column(ColumnType.Boolean), text).Value);
    }

    [Fact]
    public void Parse_BooleanInOtherSpelling_IsRefused()
    {
        Assert.Equal("'c': \"TRUE\" is not true or false", FieldParser.Parse(Column(ColumnType.Boolean), "TRUE").Problem);
    }

    [Fact]
    public void Parse_EmptyField_IsTheDefaultOrRequiredProblem()
    {
        var withDefault = new ColumnSpec { Name = "c", Type = ColumnType.Boolean, Default = false };
        var required = new ColumnSpec { Name = "c", Type = ColumnType.Text, Required = true };

        Assert.Equal(false, FieldParser.Parse(withDefault, "").Value);
        Assert.Null(FieldParser.Parse(Column(ColumnType.Integer), "").Value);
        Assert.Equal("'c': a value is required", FieldParser.Parse(required, "").Problem);
    }

    [Fact]
    public void Parse_TextAgainstPatternAndAllowedValues_ChecksBoth()
    {
        var ags = new ColumnSpec { Name = "ags", Type = ColumnType.Text, Pattern = "[0-9]{8}" };
        var sex = new ColumnSpec { Name = "sex", Type = ColumnType.Text, AllowedValues = ["female", "male"] };

        Assert.Null(FieldParser.Parse(ags, "05111000").Problem);
        Assert.Equal("'ags': \"5111000\" does not have the expected form [0-9]{8}", FieldParser.Parse(ags, "5111000").Problem);
        Assert.Equal("'sex': \"f\" is not one of female, male", FieldParser.Parse(sex, "f").Problem);
    }

    private static ColumnSpec Column(ColumnType type) => new() { Name = "c", Type = type };
}
