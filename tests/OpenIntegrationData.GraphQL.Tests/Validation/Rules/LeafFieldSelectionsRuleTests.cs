using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class LeafFieldSelectionsRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new LeafFieldSelectionsRule();

    [Fact]
    public void Validate_ScalarsWithoutAndObjectsWithSelections_AreValid() =>
        RuleTester.ExpectValid(Rule, "{ dog { barks furColor owner { name } } }");

    [Fact]
    public void Validate_SelectionOnEnum_IsReportedAtTheSelectionSet() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { furColor { x } } }",
            ("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", "1:18"));

    [Fact]
    public void Validate_ListOfInterfacesWithoutSelection_IsReportedWithTheFullType() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ human { pets } }",
            ("Field \"pets\" of type \"[Pet!]!\" must have a selection of subfields. Did you mean \"pets { ... }\"?", "1:11"));
}
