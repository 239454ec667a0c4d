using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.GraphQL.Tests.Types.Building;

public sealed class NameConventionsTests
{
    [Theory]
    [InlineData("Asc", "ASC")]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("HTTPCode", "HTTP_CODE")]
    [InlineData("SdgIndicator", "SDG_INDICATOR")]
    [InlineData("ALREADY_UPPER", "ALREADY_UPPER")]
    public void ToEnumValueName_MemberName_IsUpperSnakeCase(string memberName, string expected)
    {
        Assert.Equal(expected, NameConventions.ToEnumValueName(memberName));
    }
}
