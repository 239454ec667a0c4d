using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Tests.Utilities;

public sealed class SuggestionListTests
{
    [Fact]
    public void Create_NoOptions_ReturnsEmpty()
    {
        Assert.Empty(SuggestionList.Create("input", []));
    }

    [Fact]
    public void Create_ExactMatch_IsFirst()
    {
        Assert.Equal(["abc"], SuggestionList.Create("abc", ["abc"]));
    }

    [Fact]
    public void Create_CaseChange_CountsAsOneEdit()
    {
        Assert.Equal(["VERYLONGSTRING"], SuggestionList.Create("verylongstring", ["VERYLONGSTRING"]));
        Assert.Equal(["VeryLongString"], SuggestionList.Create("VERYLONGSTRING", ["VeryLongString"]));
    }

    [Fact]
    public void Create_OptionsTooFarAway_AreLeftOut()
    {
        Assert.Empty(SuggestionList.Create("a", ["bc", "cd"]));
        Assert.Equal(["ab"], SuggestionList.Create("a", ["ab", "abc"]));
    }

    [Fact]
    public void Create_Transposition_CountsAsOneEdit()
    {
        Assert.Equal(["ab"], SuggestionList.Create("ba", ["ab"]));
    }

    [Fact]
    public void Create_OrdersByDistanceThenNaturally()
    {
        Assert.Equal(["abc", "ab", "a"], SuggestionList.Create("abc", ["a", "ab", "abc"]));
        Assert.Equal(["a", "b", "c"], SuggestionList.Create("d", ["c", "a", "b"]));
        Assert.Equal(["item2", "item10"], SuggestionList.Create("item", ["item10", "item2"]));
    }
}
