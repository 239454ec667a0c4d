using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class ArgumentUniquenessRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new ArgumentUniquenessRule();

    [Fact]
    public void Validate_SameArgumentOnDifferentFields_IsValid() =>
        RuleTester.ExpectValid(Rule, "{ dog { isAtLocation(x: 1, y: 2) a: isAtLocation(x: 1) } }");

    [Fact]
    public void Validate_RepeatedFieldArgument_IsReportedOnceWithAllNames() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { isAtLocation(x: 1, x: 2, x: 3) } }",
            ("There can be only one argument named \"x\".", "1:22 1:28 1:34"));

    [Fact]
    public void Validate_RepeatedDirectiveArgument_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog @skip(if: true, if: false) { name } }",
            ("There can be only one argument named \"if\".", "1:13 1:23"));
}
