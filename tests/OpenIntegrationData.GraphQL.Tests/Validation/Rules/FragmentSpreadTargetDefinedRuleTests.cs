using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class FragmentSpreadTargetDefinedRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new FragmentSpreadTargetDefinedRule();

    [Fact]
    public void Validate_SpreadOfFragmentDefinedLater_IsValid() =>
        RuleTester.ExpectValid(Rule, "{ dog { ...A } } fragment A on Dog { name }");

    [Fact]
    public void Validate_SpreadOfUndefinedFragment_IsReportedAtItsName() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { ...Missing } }",
            ("Unknown fragment \"Missing\".", "1:12"));
}
