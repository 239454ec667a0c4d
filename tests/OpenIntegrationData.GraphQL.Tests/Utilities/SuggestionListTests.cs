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

    [Fact]
    public void DidYouMean_FormatsOneTwoAndMany()
    {
        Assert.Equal(string.Empty, DidYouMean.Format([]));
        Assert.Equal(" Did you mean \"a\"?", DidYouMean.Format(["a"]));
        Assert.Equal(" Did you mean \"a\" or \"b\"?", DidYouMean.Format(["a", "b"]));
        Assert.Equal(" Did you mean \"a\", \"b\", or \"c\"?", DidYouMean.Format(["a", "b", "c"]));
        Assert.Equal(" Did you mean the enum value \"A\"?", DidYouMean.Format(["A"], "the enum value"));
    }

    [Fact]
    public void DidYouMean_ListsAtMostFive()
    {
        Assert.Equal(
            " Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?",
            DidYouMean.Format(["a", "b", "c", "d", "e", "f"]));
    }

    [Fact]
    public void ValueInspector_RendersLikeGraphQLJs()
    {
        Assert.Equal("null", ValueInspector.Inspect(null));
        Assert.Equal("\"a\\\"b\"", ValueInspector.Inspect("a\"b"));
        Assert.Equal("[1, \"x\", true]", ValueInspector.Inspect(new object?[] { 1, "x", true }));
        Assert.Equal("{ a: 1, b: [] }", ValueInspector.Inspect(new Dictionary<string, object?> { ["a"] = 1, ["b"] = Array.Empty<object>() }));
        Assert.Equal("1e+21", ValueInspector.Inspect(1e21));
    }
}
