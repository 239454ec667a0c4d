using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class SingleRootFieldRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new SingleRootFieldRule();

    [Fact]
    public void Validate_OneRootFieldThroughFragment_IsValid() =>
        RuleTester.ExpectValid(Rule, "subscription S { ...F } fragment F on Subscription { newDog { name } newDog { barks } }");

    [Fact]
    public void Validate_TwoRootFieldsThroughFragment_ReportsTheExtraField() =>
        RuleTester.ExpectErrors(
            Rule,
            "subscription S { newDog { name } ...F }\nfragment F on Subscription { newCat { name } }",
            ("Subscription \"S\" must select only one top level field.", "2:30"));

    [Fact]
    public void Validate_IntrospectionRootField_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "subscription { __typename }",
            ("Anonymous Subscription must not select an introspection top level field.", "1:16"));

    [Fact]
    public void Validate_SkipOnRootSelection_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "subscription S($b: Boolean!) { newDog @skip(if: $b) { name } }",
            ("Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection.", "1:39"));
}
