using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class ArgumentNamesRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new ArgumentNamesRule();

    [Fact]
    public void Validate_KnownFieldAndDirectiveArguments_AreValid() =>
        RuleTester.ExpectValid(Rule, "{ dog { doesKnowCommand(dogCommand: SIT) name @include(if: true) } }");

    [Fact]
    public void Validate_MisspelledFieldArgument_SuggestsTheName() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { doesKnowCommand(dogcommand: SIT) } }",
            ("Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", "1:25"));

    [Fact]
    public void Validate_UnknownDirectiveArgument_IsReportedOnTheDirective() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { name @skip(iff: true) } }",
            ("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", "1:20"));

    [Fact]
    public void Validate_ArgumentOfUnknownDirectiveOnField_IsNotReportedAsFieldArgument() =>
        RuleTester.ExpectValid(Rule, "{ dog { isHouseTrained @unknown(atOtherHomes: 1) } }");
}
