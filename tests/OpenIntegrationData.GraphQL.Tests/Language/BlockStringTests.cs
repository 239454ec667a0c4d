using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Tests.Language;

public class BlockStringTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("simple", "simple")]
    [InlineData("  leading space kept on the first line", "  leading space kept on the first line")]
    [InlineData("\n  Hello,\n    World!\n\n  Yours,\n    GraphQL.\n", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\n\n    \n  first\n\n  second\n  \n\n", "first\n\nsecond")]
    [InlineData("first line\n    indented\n  less", "first line\n  indented\nless")]
    [InlineData("\t\ttabs\n\t\tmore\n\t\t\tdeeper", "\t\ttabs\nmore\n\tdeeper")]
    [InlineData("\n   \n  \t \n", "")]
    [InlineData("  a\n  b", "  a\nb")]
    [InlineData("\r\n  crlf\r\n  lines\r\n", "crlf\nlines")]
    [InlineData("\r  cr\r  only\r", "cr\nonly")]
    [InlineData("a\n\n\nb", "a\n\n\nb")]
    [InlineData("\n    code\n      nested\n  \n    end", "code\n  nested\n\nend")]
    public void Value_RawBlockString_IsDedentedPerBlockStringValue(string raw, string expected)
    {
        Assert.Equal(expected, BlockString.Value(raw));
    }

    [Fact]
    public void Value_EscapedTripleQuote_BecomesTripleQuote()
    {
        Assert.Equal("say \"\"\"hi\"\"\"", BlockString.Value("say \\\"\"\"hi\\\"\"\""));
    }

    [Fact]
    public void Value_EscapedTripleQuote_IsUnescapedBeforeDedenting()
    {
        Assert.Equal("\"\"\"\n  x", BlockString.Value("\n    \\\"\"\"\n      x"));
    }

    [Fact]
    public void Value_OtherBackslashes_StayAsWritten()
    {
        Assert.Equal("\\n \\u0041 \\\"", BlockString.Value("\\n \\u0041 \\\""));
    }
}
