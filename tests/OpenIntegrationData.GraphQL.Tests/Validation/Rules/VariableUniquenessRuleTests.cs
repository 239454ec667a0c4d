using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class VariableUniquenessRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new VariableUniquenessRule();

    [Fact]
    public void Validate_SameVariableNameInTwoOperations_IsValid() =>
        RuleTester.ExpectValid(Rule, "query A($x: Int) { ping } query B($x: Int) { ping }");

    [Fact]
    public void Validate_RepeatedVariable_IsReportedWithAllNames() =>
        RuleTester.ExpectErrors(
            Rule,
            "query A($x: Int, $x: Boolean, $x: String) { ping }",
            ("There can be only one variable named \"$x\".", "1:10 1:19 1:32"));
}
