using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class InputObjectFieldUniquenessRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new InputObjectFieldUniquenessRule();

    [Fact]
    public void Validate_SameFieldInNestedObjects_IsValid() =>
        RuleTester.ExpectValid(Rule, "{ complicatedArgs { complexArgField(complexArg: { intField: 1, nested: { intField: 2 } }) } }");

    [Fact]
    public void Validate_RepeatedField_IsReportedWithAllNames() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ complicatedArgs { complexArgField(complexArg: { intField: 1, intField: 2 }) } }",
            ("There can be only one input field named \"intField\".", "1:51 1:64"));
}
