using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class RequiredArgumentsRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new RequiredArgumentsRule();

    [Fact]
    public void Validate_RequiredGivenAndDefaultedOmitted_AreValid() =>
        RuleTester.ExpectValid(Rule, "{ complicatedArgs { multipleReqs(req2: 2, req1: 1) nonNullFieldWithDefault multipleOpts } dog { isHouseTrained } }");

    [Fact]
    public void Validate_ExplicitNullForRequiredArgument_CountsAsGiven() =>
        RuleTester.ExpectValid(Rule, "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }");

    [Fact]
    public void Validate_MissingFieldArguments_AreReportedPerArgument() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ complicatedArgs { multipleReqs } }",
            ("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", "1:21"),
            ("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", "1:21"));

    [Fact]
    public void Validate_MissingDirectiveArgument_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { name @include @withArgs(optional: \"x\") } }",
            ("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", "1:14"),
            ("Directive \"@withArgs\" argument \"required\" of type \"Int!\" is required, but it was not provided.", "1:23"));
}
