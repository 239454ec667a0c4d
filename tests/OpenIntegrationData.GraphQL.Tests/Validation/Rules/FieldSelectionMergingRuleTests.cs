using System.Diagnostics;
using System.Text;
using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class FieldSelectionMergingRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new FieldSelectionMergingRule();

    [Fact]
    public void Validate_IdenticalFieldsAndArgumentsInAnyOrder_AreValid() =>
        RuleTester.ExpectValid(
            Rule,
            "{ dog { name name n: name isAtLocation(x: 1, y: 2) isAtLocation(y: 2, x: 1) ...F } } fragment F on Dog { name n: name }");

    [Fact]
    public void Validate_DifferentFieldsOnDisjointObjectTypes_AreValid() =>
        RuleTester.ExpectValid(Rule, "{ pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } } }");

    [Fact]
    public void Validate_AliasForTwoDifferentFields_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { name: nickname name } }",
            ("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", "1:9 1:24"));

    [Fact]
    public void Validate_DifferingArgumentsThroughFragment_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { doesKnowCommand(dogCommand: SIT) ...F } }\nfragment F on Dog { doesKnowCommand(dogCommand: HEEL) }",
            ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", "1:9 2:21"));

    [Fact]
    public void Validate_DifferentShapesOnDisjointTypes_AreReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ catOrDog { ... on Dog { x: barkVolume } ... on Cat { x: name } } }",
            ("Fields \"x\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", "1:27 1:56"));

    [Fact]
    public void Validate_ConflictInSubfields_NamesTheSubfields() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { owner { name } } dog { owner { name: iq } } }",
            ("Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", "1:3 1:9 1:17 1:26 1:32 1:40"));

    [Fact]
    public void Validate_ConflictBetweenTwoSpreadFragments_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { ...A ...B } }\nfragment A on Dog { x: name }\nfragment B on Dog { x: barks }",
            ("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", "2:21 3:21"));

    [Fact]
    public void Validate_ThousandsOfRepeatedFields_StayFast()
    {
        var document = new StringBuilder("{ dog { ");
        for (var i = 0; i < 5000; i++)
        {
            document.Append("name owner { name } ");
        }

        document.Append("} }");
        var stopwatch = Stopwatch.StartNew();
        Assert.Empty(RuleTester.Validate(document.ToString(), Rule));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }
}
