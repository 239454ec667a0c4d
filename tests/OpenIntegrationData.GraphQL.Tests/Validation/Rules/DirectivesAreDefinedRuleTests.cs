using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class DirectivesAreDefinedRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new DirectivesAreDefinedRule();

    [Fact]
    public void Validate_BuiltInAndSchemaDirectives_AreValid() =>
        RuleTester.ExpectValid(Rule, "query @onQuery { dog @include(if: true) { name @onField } }");

    [Fact]
    public void Validate_UnknownDirective_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog @unknown { name } }",
            ("Unknown directive \"@unknown\".", "1:7"));
}
