using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.GraphQL.Tests.Types;

public sealed class EnumTypeTests
{
    private static readonly EnumType Color = new SchemaBuilder()
        .AddObjectType("Query", t => t.Field("color", "Color"))
        .AddEnumType("Color", e => e.Value("RED").Value("GREEN").Value("BLUE"))
        .Build()
        .FindType<EnumType>("Color")!;

    [Fact]
    public void ParseLiteral_UnknownValue_SuggestsCloseValue()
    {
        var result = Color.ParseLiteral(new EnumValueNode("GREN"));

        Assert.Equal("Value \"GREN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?", result.Error);
    }

    [Fact]
    public void ParseLiteral_StringLiteral_IsRejectedWithSuggestion()
    {
        var result = Color.ParseLiteral(new StringValueNode("BLUE", block: false));

        Assert.Equal("Enum \"Color\" cannot represent non-enum value: \"BLUE\". Did you mean the enum value \"BLUE\"?", result.Error);
    }

    [Fact]
    public void ParseValue_Name_ReturnsRuntimeValue()
    {
        Assert.Equal("BLUE", Color.ParseValue("BLUE").Value);
        Assert.Equal("Enum \"Color\" cannot represent non-string value: 1.", Color.ParseValue(1).Error);
        Assert.Equal("Value \"PURPLE\" does not exist in \"Color\" enum.", Color.ParseValue("PURPLE").Error);
    }

    [Fact]
    public void Serialize_UnknownValue_Fails()
    {
        Assert.Equal("Enum \"Color\" cannot represent value: \"PINK\"", Color.Serialize("PINK").Error);
        Assert.Equal("RED", Color.Serialize("RED").Value);
    }
}
