using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class FragmentNameUniquenessRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new FragmentNameUniquenessRule();

    [Fact]
    public void Validate_DistinctFragmentNames_AreValid() =>
        RuleTester.ExpectValid(Rule, "{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { barks }");

    [Fact]
    public void Validate_RepeatedFragmentName_IsReportedWithBothNames() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { ...A } }\nfragment A on Dog { name }\nfragment A on Dog { barks }",
            ("There can be only one fragment named \"A\".", "2:10 3:10"));
}
