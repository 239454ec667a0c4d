using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class AllVariablesUsedRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new AllVariablesUsedRule();

    [Fact]
    public void Validate_VariablesUsedThroughNestedFragments_AreValid() =>
        RuleTester.ExpectValid(Rule, "query Q($a: Int, $b: Int) { dog { ...F } } fragment F on Dog { ...G } fragment G on Dog { isAtLocation(x: $a, y: $b) }");

    [Fact]
    public void Validate_UnusedVariables_AreReportedPerOperation() =>
        RuleTester.ExpectErrors(
            Rule,
            "query A($a: Int, $b: Int) { dog { isAtLocation(x: $a) } }\nquery ($c: Int) { ping }",
            ("Variable \"$b\" is never used in operation \"A\".", "1:18"),
            ("Variable \"$c\" is never used.", "2:8"));
}
