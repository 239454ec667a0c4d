using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class InputObjectRequiredFieldsRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new InputObjectRequiredFieldsRule();

    [Fact]
    public void Validate_RequiredGivenAndDefaultedOmitted_IsValid() =>
        RuleTester.ExpectValid(Rule, "{ complicatedArgs { complexArgField(complexArg: { requiredField: false }) } }");

    [Fact]
    public void Validate_MissingRequiredFieldInNestedObject_IsReportedAtThatObject() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, nested: { intField: 1 } }) } }",
            ("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", "1:80"));
}
