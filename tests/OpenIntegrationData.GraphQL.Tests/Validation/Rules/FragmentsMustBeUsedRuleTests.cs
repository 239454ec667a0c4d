using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsMustBeUsedRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new FragmentsMustBeUsedRule();

    [Fact]
    public void Validate_FragmentsUsedThroughOtherFragmentsDefinedLater_AreValid() =>
        RuleTester.ExpectValid(Rule, "{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }");

    [Fact]
    public void Validate_FragmentsOnlyUsedByUnusedFragments_AreAllReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { name } }\nfragment A on Dog { ...B }\nfragment B on Dog { name }",
            ("Fragment \"A\" is never used.", "2:1"),
            ("Fragment \"B\" is never used.", "3:1"));
}
