using System.Diagnostics;
using System.Text;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Tests.Language;

public class ParserLimitsTests
{
    private const string DepthMessage =
        "Document exceeds the maximum nesting depth of 200 (selection sets, list and object values, list types). Parsing aborted.";

    [Fact]
    public void Default_WithoutSettings_HasTheLimitsOn()
    {
        Assert.Equal(100_000, ParserOptions.Default.MaxTokens);
        Assert.Equal(200, ParserOptions.Default.MaxDepth);
        Assert.False(ParserOptions.Default.NoLocations);
    }

    [Fact]
    public void Parse_ExactlyMaxTokens_Succeeds()
    {
        var source = "{ " + string.Join(" ", Enumerable.Repeat("a", 99_998)) + " }";

        Assert.True(Parser.Parse(source).Succeeded);
    }

    [Fact]
    public void Parse_OneTokenPastMaxTokens_IsRefusedWithTheLimit()
    {
        var source = "{ " + string.Join(" ", Enumerable.Repeat("a", 99_999)) + " }";

        var result = Parser.Parse(source);

        Assert.Equal("Document contains more than 100000 tokens. Parsing aborted.", result.Error!.Message);
        Assert.Equal([new ErrorLocation(1, 200_001)], result.Error.Locations);
    }

    [Fact]
    public void Parse_CustomMaxTokens_IsHonoured()
    {
        var result = Parser.Parse("{ a b c }", new ParserOptions { MaxTokens = 4 });

        Assert.Equal("Document contains more than 4 tokens. Parsing aborted.", result.Error!.Message);
        Assert.Equal([new ErrorLocation(1, 9)], result.Error.Locations);
    }

    [Fact]
    public void Parse_IgnoredTokens_DoNotCount()
    {
        var result = Parser.Parse("{ a, , , # comment\n , b }", new ParserOptions { MaxTokens = 4 });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Parse_TenMegabytesOfTokens_IsRefusedQuicklyWithBoundedMemory()
    {
        var source = "{ " + new StringBuilder(10_000_000).Insert(0, "a ", 5_000_000) + "}";

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var result = Parser.Parse(source);
        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.StartsWith("Document contains more than 100000 tokens.", result.Error!.Message, StringComparison.Ordinal);
        // The time bound is generous for a loaded machine; the allocation bound shows the parser stopped early.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.True(allocated < 32_000_000, $"allocated {allocated:N0} bytes for a {source.Length:N0}-character document");
    }

    [Fact]
    public void Parse_SelectionSetsAtMaxDepth_Succeed()
    {
        Assert.True(Parser.Parse(NestedSelections(200)).Succeeded);
    }

    [Fact]
    public void Parse_SelectionSetsPastMaxDepth_AreRefusedAtTheFirstBracketTooDeep()
    {
        var result = Parser.Parse(NestedSelections(201));

        Assert.Equal(DepthMessage, result.Error!.Message);
        Assert.Equal([new ErrorLocation(1, 401)], result.Error.Locations);
    }

    [Theory]
    [InlineData("selections")]
    [InlineData("lists")]
    [InlineData("objects")]
    [InlineData("list types")]
    public void Parse_TenThousandLevels_AreRefusedWithoutStackOverflow(string shape)
    {
        var source = shape switch
        {
            "selections" => NestedSelections(10_000),
            "lists" => "{ f(a: " + new string('[', 10_000) + new string(']', 10_000) + ") }",
            "objects" => "{ f(a: " + new StringBuilder().Insert(0, "{a: ", 10_000) + "1" + new string('}', 10_000) + ") }",
            _ => "query Q($v: " + new string('[', 10_000) + "Int" + new string(']', 10_000) + ") { f }",
        };

        var result = Parser.Parse(source);

        Assert.Equal(DepthMessage, result.Error!.Message);
    }

    [Fact]
    public void Parse_MixedNesting_CountsTogether()
    {
        var options = new ParserOptions { MaxDepth = 3 };

        Assert.True(Parser.Parse("{ a { b(x: [1]) } }", options).Succeeded);
        var result = Parser.Parse("{ a { b(x: [{c: 1}]) } }", options);

        Assert.StartsWith("Document exceeds the maximum nesting depth of 3 ", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal([new ErrorLocation(1, 13)], result.Error.Locations);
    }

    [Fact]
    public void Parse_SiblingNesting_DoesNotAccumulate()
    {
        var options = new ParserOptions { MaxDepth = 2 };

        Assert.True(Parser.Parse("{ a { b } c { d } e(x: [1], y: [2]) { f } }", options).Succeeded);
    }

    [Fact]
    public void ParseValueAndParseType_NestedPastMaxDepth_AreRefused()
    {
        var options = new ParserOptions { MaxDepth = 2 };

        Assert.False(Parser.ParseValue("[[[1]]]", options).Succeeded);
        Assert.False(Parser.ParseType("[[[Int]]]", options).Succeeded);
        Assert.True(Parser.ParseType("[[Int]]", options).Succeeded);
    }

    [Fact]
    public void Parse_HugeDepthWithTheLimitRaised_StopsBeforeTheStackOverflows()
    {
        var options = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue };
        var source = "{ f(a: " + new string('[', 1_000_000) + new string(']', 1_000_000) + ") }";

        var result = Parser.Parse(source, options);

        Assert.False(result.Succeeded);
        Assert.Equal("Document is nested too deeply to parse on this thread's stack. Parsing aborted.", result.Error.Message);
    }

    private static string NestedSelections(int depth) =>
        new StringBuilder().Insert(0, "{a", depth).Append('}', depth).ToString();
}
