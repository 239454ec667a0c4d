using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class InputObjectFieldNamesRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new InputObjectFieldNamesRule();

    [Fact]
    public void Validate_DefinedFieldsAtEveryLevel_AreValid() =>
        RuleTester.ExpectValid(Rule, "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, nested: { requiredField: false, intField: 1 } }) } }");

    [Fact]
    public void Validate_UnknownNestedField_SuggestsTheName() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, nested: { requiredFeild: true } }) } }",
            ("Field \"requiredFeild\" is not defined by type \"ComplexInput\". Did you mean \"requiredField\"?", "1:82"));
}
