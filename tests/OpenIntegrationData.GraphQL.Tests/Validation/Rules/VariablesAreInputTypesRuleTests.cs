using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new VariablesAreInputTypesRule();

    [Fact]
    public void Validate_ScalarEnumAndInputObjectVariables_AreValid() =>
        RuleTester.ExpectValid(Rule, "query ($a: String, $b: [FurColor!]!, $c: ComplexInput, $d: [[PetFinder]]) { ping }");

    [Fact]
    public void Validate_OutputTypeVariables_AreReportedWithTheWrittenType() =>
        RuleTester.ExpectErrors(
            Rule,
            "query ($a: Dog, $b: [[CatOrDog!]]!) { ping }",
            ("Variable \"$a\" cannot be non-input type \"Dog\".", "1:12"),
            ("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", "1:21"));

    [Fact]
    public void Validate_UnknownVariableType_IsReportedWithSuggestions() =>
        RuleTester.ExpectErrors(
            Rule,
            "query ($a: [Strng]) { ping }",
            ("Unknown type \"Strng\". Did you mean \"String\" or \"Being\"?", "1:13"));
}
