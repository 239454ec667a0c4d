using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Tests.Utilities;

public sealed class DidYouMeanTests
{
    [Fact]
    public void Format_OneTwoAndManySuggestions_ReadAsASentence()
    {
        Assert.Equal(string.Empty, DidYouMean.Format([]));
        Assert.Equal(" Did you mean \"a\"?", DidYouMean.Format(["a"]));
        Assert.Equal(" Did you mean \"a\" or \"b\"?", DidYouMean.Format(["a", "b"]));
        Assert.Equal(" Did you mean \"a\", \"b\", or \"c\"?", DidYouMean.Format(["a", "b", "c"]));
        Assert.Equal(" Did you mean the enum value \"A\"?", DidYouMean.Format(["A"], "the enum value"));
    }

    [Fact]
    public void Format_SixSuggestions_ListsFive()
    {
        Assert.Equal(
            " Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?",
            DidYouMean.Format(["a", "b", "c", "d", "e", "f"]));
    }
}
