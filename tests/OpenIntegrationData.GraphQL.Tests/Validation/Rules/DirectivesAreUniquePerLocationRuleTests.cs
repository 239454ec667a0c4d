using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class DirectivesAreUniquePerLocationRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new DirectivesAreUniquePerLocationRule();

    [Fact]
    public void Validate_RepeatableDirectiveAndSameDirectiveOnDifferentFields_AreValid() =>
        RuleTester.ExpectValid(Rule, "{ dog @repeatable @repeatable { name @skip(if: false) barks @skip(if: false) } }");

    [Fact]
    public void Validate_NonRepeatableDirectiveTwice_IsReportedWithBoth() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { name @skip(if: false) @skip(if: true) } }",
            ("The directive \"@skip\" can only be used once at this location.", "1:14 1:31"));
}
