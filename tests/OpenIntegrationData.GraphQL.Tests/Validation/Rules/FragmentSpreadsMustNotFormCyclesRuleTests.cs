using System.Text;
using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class FragmentSpreadsMustNotFormCyclesRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new FragmentSpreadsMustNotFormCyclesRule();

    [Fact]
    public void Validate_SameFragmentSpreadTwiceAndDiamonds_AreValid() =>
        RuleTester.ExpectValid(Rule, "fragment A on Dog { ...B ...C } fragment B on Dog { ...D } fragment C on Dog { ...D ...D } fragment D on Dog { name }");

    [Fact]
    public void Validate_FragmentSpreadingItself_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "fragment A on Dog { ...A }",
            ("Cannot spread fragment \"A\" within itself.", "1:21"));

    [Fact]
    public void Validate_CycleThroughTwoFragments_IsReportedWithThePath() =>
        RuleTester.ExpectErrors(
            Rule,
            "fragment A on Dog { ...B }\nfragment B on Dog { owner { ...C } }\nfragment C on Dog { ...A }",
            ("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", "1:21 2:29 3:21"));

    [Fact]
    public void Validate_LongFragmentChain_DoesNotExhaustTheStack()
    {
        var document = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 5000; i++)
        {
            document.Append("fragment F").Append(i).Append(" on Dog { ...F").Append(i + 1).Append(" }\n");
        }

        document.Append("fragment F5000 on Dog { ...F0 }\n");
        var errors = RuleTester.Validate(document.ToString(), Rule);
        Assert.Single(errors);
        Assert.StartsWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\"", errors[0].Message, StringComparison.Ordinal);
    }
}
