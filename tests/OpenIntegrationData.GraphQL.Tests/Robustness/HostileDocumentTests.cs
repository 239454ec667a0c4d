using System.Text;
using OpenIntegrationData.GraphQL.Execution;
using Xunit.Abstractions;

namespace OpenIntegrationData.GraphQL.Tests.Robustness;

/// <summary>
/// Hostile documents (issue 3, "How it is checked"): each is answered in-process within
/// <see cref="TimeLimit"/>, with a clear error where it must be refused, allocating a bounded
/// amount of memory, and never crashing the process — the requests run on a 1 MiB stack, so a
/// recursion without a guard would overflow it and abort the whole test run.
/// </summary>
public sealed class HostileDocumentTests(ITestOutputHelper output)
{
    private const int Levels = 10_000;
    private const long MiB = 1024 * 1024;
    private const string DepthError = "Document exceeds the maximum nesting depth of 200";

    // Generous: the machine is shared and slow; a refusal usually takes a few milliseconds.
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    [Fact]
    public void Execute_SelectionSetsNestedTenThousandLevels_RefusedByTheDepthLimit()
    {
        var document = Nest("{ district(id: \"d1\") ", "{ id }", "}");

        AssertRefused(HostileRequest.Run(document), DepthError, 16 * MiB);
    }

    [Fact]
    public void Execute_ListValueNestedTenThousandLevels_RefusedByTheDepthLimit()
    {
        var document = "{ echo(value: " + Nest("[", "1", "]") + ") }";

        AssertRefused(HostileRequest.Run(document), DepthError, 16 * MiB);
    }

    [Fact]
    public void Execute_InputObjectLiteralNestedTenThousandLevels_RefusedByTheDepthLimit()
    {
        var document = "{ districts(filter: " + Nest("{ not: ", "{}", "}") + ") { id } }";

        AssertRefused(HostileRequest.Run(document), DepthError, 16 * MiB);
    }

    [Fact]
    public void Execute_ListTypeNestedTenThousandLevels_RefusedByTheDepthLimit()
    {
        var document = "query ($v: " + Nest("[", "Int", "]") + ") { version }";

        AssertRefused(HostileRequest.Run(document), DepthError, 16 * MiB);
    }

    [Fact]
    public void Execute_OneMegabyteOfTokens_RefusedByTheTokenLimit()
    {
        var document = "{ " + string.Concat(Enumerable.Repeat("version ", 131_072)) + "}";
        Assert.True(document.Length > 1_000_000);

        AssertRefused(HostileRequest.Run(document), "Document contains more than 100000 tokens. Parsing aborted.", 64 * MiB);
    }

    [Fact]
    public void Execute_TenThousandAliasesOfAnObjectField_RefusedByFieldCost()
    {
        var document = "{ " + string.Concat(Enumerable.Range(0, 10_000).Select(static i => $"a{i}: districts {{ id }} ")) + "}";

        var outcome = AssertRefused(HostileRequest.Run(document), "The maximum allowed field cost was exceeded.", 64 * MiB);
        Assert.Equal("HC0047", outcome.Result.Errors[0].Code);
    }

    [Fact]
    public void Execute_TenThousandAliasesOfAScalarField_AnsweredQuicklyAsHotChocolateDoes()
    {
        // Scalar fields cost nothing (HotChocolate's default weights), so this is a legal request; it must stay cheap.
        var document = "{ " + string.Concat(Enumerable.Range(0, 10_000).Select(static i => $"a{i}: version ")) + "}";

        var outcome = HostileRequest.Run(document);

        Report(outcome);
        Assert.Equal(ResultKind.Executed, outcome.Result.Kind);
        Assert.Empty(outcome.Result.Errors);
        AssertBounded(outcome, 64 * MiB);
    }

    [Fact]
    public void Execute_FragmentsSpreadingFragmentsTwiceThirtyLevelsDeep_RefusedByFieldCostInLinearTime()
    {
        // "Billion laughs": 2^30 district selections once expanded.
        var document = new StringBuilder("query { districts { ...F30 } }\nfragment F0 on District { id }\n");
        for (var i = 1; i <= 30; i++)
        {
            document.Append($"fragment F{i} on District {{ neighbours {{ ...F{i - 1} }} again: neighbours {{ ...F{i - 1} }} }}\n");
        }

        AssertRefused(HostileRequest.Run(document.ToString()), "The maximum allowed field cost was exceeded.", 16 * MiB);
    }

    [Fact]
    public void Execute_FragmentsSpreadTwiceIntoOneSelectionSetThirtyLevelsDeep_CollectedOnceEach()
    {
        var document = new StringBuilder("query { districts { ...F30 } }\nfragment F0 on District { id }\n");
        for (var i = 1; i <= 30; i++)
        {
            document.Append($"fragment F{i} on District {{ ...F{i - 1} ...F{i - 1} }}\n");
        }

        var outcome = HostileRequest.Run(document.ToString());

        Report(outcome);
        Assert.Equal(ResultKind.Executed, outcome.Result.Kind);
        AssertBounded(outcome, 16 * MiB);
    }

    [Fact]
    public void Execute_TwoFragmentsSpreadingEachOther_RefusedAsACycle()
    {
        var document = "{ ...A } fragment A on Query { version ...B } fragment B on Query { ...A }";

        AssertRefused(HostileRequest.Run(document), "Cannot spread fragment \"A\" within itself via \"B\".", 16 * MiB);
    }

    [Fact]
    public void Execute_CycleThroughAThousandFragments_RefusedAsACycle()
    {
        var document = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < 1000; i++)
        {
            document.Append($"fragment F{i} on Query {{ version ...F{(i + 1) % 1000} }}\n");
        }

        AssertRefused(HostileRequest.Run(document.ToString()), "Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\"", 64 * MiB);
    }

    [Fact]
    public void Execute_CircularIntrospection_RefusedByTheIntrospectionDepthLimit()
    {
        const string document = "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }";

        AssertRefused(HostileRequest.Run(document), "Maximum introspection depth exceeded", 16 * MiB);
    }

    [Fact]
    public void Execute_CircularIntrospectionThroughFragments_RefusedByTheIntrospectionDepthLimit()
    {
        const string document = """
            { __schema { types { ...T } } }
            fragment T on __Type { fields { type { ...U } } }
            fragment U on __Type { fields { type { ...V } } }
            fragment V on __Type { fields { type { name } } interfaces { fields { name } } }
            """;

        AssertRefused(HostileRequest.Run(document), "Maximum introspection depth exceeded", 16 * MiB);
    }

    [Fact]
    public void Execute_OneMegabyteStringArgument_AnsweredWithMemoryProportionalToTheText()
    {
        var text = new string('x', 1 << 20);

        var outcome = HostileRequest.Run("{ echo(value: \"" + text + "\") }");

        Report(outcome);
        Assert.Equal(ResultKind.Executed, outcome.Result.Kind);
        AssertBounded(outcome, 32 * MiB);
    }

    [Fact]
    public void Execute_OneMegabyteUnterminatedString_RefusedAsASyntaxError()
    {
        var document = "{ echo(value: \"" + new string('x', 1 << 20) + " }";

        var outcome = AssertRefused(HostileRequest.Run(document), "Unterminated string.", 16 * MiB);
        Assert.Equal(1, outcome.Result.Errors[0].Locations[0].Line);
    }

    [Fact]
    public void Execute_InputObjectVariableNestedTenThousandLevels_RefusedAsAnInvalidVariable()
    {
        object? filter = new Dictionary<string, object?>();
        for (var i = 0; i < Levels; i++)
        {
            filter = new Dictionary<string, object?> { ["not"] = filter };
        }

        var outcome = HostileRequest.Run(
            "query ($f: DistrictFilter) { districts(filter: $f) { id } }",
            new Dictionary<string, object?> { ["f"] = filter });

        AssertRefused(outcome, "Variable `f` got an invalid value.", 64 * MiB);
        var detail = outcome.Result.Errors[0].Extensions.Single(static e => e.Key == "inputObjectError").Value as string;
        Assert.Contains("The value is nested too deeply.", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_ListVariableNestedTenThousandLevels_RefusedAsAnInvalidVariable()
    {
        object? matrix = 1L;
        for (var i = 0; i < Levels; i++)
        {
            matrix = new List<object?> { matrix };
        }

        var outcome = HostileRequest.Run("query ($m: [[Int]]) { echo(matrix: $m) }", new Dictionary<string, object?> { ["m"] = matrix });

        AssertRefused(outcome, "Variable `m` got an invalid value.", 16 * MiB);
    }

    private HostileRequest.Outcome AssertRefused(HostileRequest.Outcome outcome, string expectedMessage, long allocationLimit)
    {
        Report(outcome);
        Assert.Equal(ResultKind.RequestError, outcome.Result.Kind);
        Assert.Contains(outcome.Result.Errors, e => e.Message.Contains(expectedMessage, StringComparison.Ordinal));
        AssertBounded(outcome, allocationLimit);
        return outcome;
    }

    private static void AssertBounded(HostileRequest.Outcome outcome, long allocationLimit)
    {
        Assert.True(outcome.Elapsed < TimeLimit, $"Took {outcome.Elapsed.TotalMilliseconds:F0} ms.");
        Assert.True(outcome.CompletedSynchronously, "The request awaited, so the allocation count of its thread is incomplete.");
        Assert.True(outcome.AllocatedBytes < allocationLimit, $"Allocated {outcome.AllocatedBytes / MiB} MiB, limit {allocationLimit / MiB} MiB.");
    }

    private void Report(HostileRequest.Outcome outcome) => output.WriteLine(outcome.ToString());

    private static string Nest(string open, string middle, string close) =>
        string.Concat(Enumerable.Repeat(open, Levels)) + middle + string.Concat(Enumerable.Repeat(close, Levels));
}
