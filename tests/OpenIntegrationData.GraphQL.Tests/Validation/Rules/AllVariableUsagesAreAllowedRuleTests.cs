using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class AllVariableUsagesAreAllowedRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new AllVariableUsagesAreAllowedRule();

    [Fact]
    public void Validate_CompatibleTypes_AreValid() =>
        RuleTester.ExpectValid(
            Rule,
            """
            query ($i: Int!, $s: String, $l: [String!]!, $c: DogCommand!, $o: String!) {
              complicatedArgs {
                intArgField(intArg: $i)
                stringListArgField(stringListArg: $l)
                a: stringListArgField(stringListArg: [$s])
                oneOfArgField(oneOfArg: { name: $o })
              }
              dog { doesKnowCommand(dogCommand: $c) }
            }
            """);

    [Fact]
    public void Validate_NullableVariableWithNonNullDefaultOrIntoDefaultedPosition_IsAllowed() =>
        RuleTester.ExpectValid(
            Rule,
            "query ($a: Int = 1, $b: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) nonNullFieldWithDefault(arg: $b) } }");

    [Fact]
    public void Validate_NullableIntoNonNull_IsReportedAtDefinitionAndUsage() =>
        RuleTester.ExpectErrors(
            Rule,
            "query ($a: Int, $b: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) b: nonNullIntArgField(nonNullIntArg: $b) } }",
            ("Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\".", "1:8 1:87"),
            ("Variable \"$b\" of type \"Int\" used in position expecting type \"Int!\".", "1:17 1:128"));

    [Fact]
    public void Validate_MismatchInsideFragment_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "query ($b: Boolean) { dog { ...F } }\nfragment F on Dog { isAtLocation(x: $b) }",
            ("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Int\".", "1:8 2:37"));

    [Fact]
    public void Validate_ListIntoItemPositionAndNullableItemsIntoNonNullItems_AreReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "query ($l: [String], $m: [String]) { complicatedArgs { stringArgField(stringArg: $l) stringListNonNullArgField(stringListNonNullArg: $m) } }",
            ("Variable \"$l\" of type \"[String]\" used in position expecting type \"String\".", "1:8 1:82"),
            ("Variable \"$m\" of type \"[String]\" used in position expecting type \"[String!]\".", "1:22 1:134"));

    [Fact]
    public void Validate_NullableVariableAsOneOfField_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "query ($n: String) { complicatedArgs { oneOfArgField(oneOfArg: { name: $n }) } }",
            ("Variable \"$n\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"PetFinder\".", "1:8 1:72"));
}
