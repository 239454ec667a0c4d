using OpenIntegrationData.Data.Graph;

namespace OpenIntegrationData.Data.Tests.Graph;

public sealed class GlobalIdTests
{
    [Fact]
    public void Format_DistrictKey42_IsHotChocolateFormat() =>
        Assert.Equal("RGlzdHJpY3Q6NDI=", GlobalId.Format("District", 42));

    [Theory]
    [InlineData("RGlzdHJpY3Q6NDI=")] // District:42
    [InlineData("RGlzdHJpY3Q6NDI")] // without padding, as HotChocolate tolerates
    [InlineData("RGlzdHJpY3QKaTQy")] // legacy District\ni42
    [InlineData("RGlzdHJpY3QKbDQy")] // legacy District\nl42
    public void TryParse_NewLegacyAndUnpaddedForms_ReadDistrict42(string id)
    {
        var parsed = GlobalId.TryParse(id);

        Assert.Equal(new ParsedGlobalId("District", 42), parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-id")]
    [InlineData("RGlzdHJpY3Q=")] // "District" without key
    [InlineData("RGlzdHJpY3Q6YWJj")] // District:abc, not an integer key
    [InlineData("OjQy")] // ":42", no type name
    public void TryParse_Malformed_Null(string id) => Assert.Null(GlobalId.TryParse(id));

    [Fact]
    public void TryParse_LongerThan1024Characters_Null() => Assert.Null(GlobalId.TryParse(new string('A', 1028)));
}
