using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class OperationNameUniquenessRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new OperationNameUniquenessRule();

    [Fact]
    public void Validate_DifferentNames_AreValid() =>
        RuleTester.ExpectValid(Rule, "query A { ping } query B { ping } mutation C { adoptDog(name: \"x\") { name } }");

    [Fact]
    public void Validate_SameNameAcrossOperationKinds_IsReportedWithBothNames() =>
        RuleTester.ExpectErrors(
            Rule,
            "query Foo { ping }\nmutation Foo { adoptDog(name: \"x\") { name } }",
            ("There can be only one operation named \"Foo\".", "1:7 2:10"));
}
