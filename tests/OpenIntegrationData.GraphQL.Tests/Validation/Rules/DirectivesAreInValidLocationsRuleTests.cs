using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class DirectivesAreInValidLocationsRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new DirectivesAreInValidLocationsRule();

    [Fact]
    public void Validate_DirectivesAtTheirLocations_AreValid() =>
        RuleTester.ExpectValid(
            Rule,
            "query Q($v: Int @onVariableDefinition) @onQuery { dog @onField { ...F @onFragmentSpread ... @onInlineFragment { name } } } fragment F on Dog @onFragmentDefinition { name }");

    [Fact]
    public void Validate_DirectivesAtWrongLocations_NameTheLocation() =>
        RuleTester.ExpectErrors(
            Rule,
            "query @onMutation { dog @onQuery { name } }\nfragment F on Dog @skip(if: true) { name }",
            ("Directive \"@onMutation\" may not be used on QUERY.", "1:7"),
            ("Directive \"@onQuery\" may not be used on FIELD.", "1:25"),
            ("Directive \"@skip\" may not be used on FRAGMENT_DEFINITION.", "2:19"));
}
