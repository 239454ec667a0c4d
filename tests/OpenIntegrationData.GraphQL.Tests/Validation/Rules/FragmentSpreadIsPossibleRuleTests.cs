using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class FragmentSpreadIsPossibleRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new FragmentSpreadIsPossibleRule();

    [Fact]
    public void Validate_OverlappingTypes_AreValid() =>
        RuleTester.ExpectValid(
            Rule,
            "{ dog { ...P ... on Canine { barkVolume } } pet { ... on Dog { barks } ...U } catOrDog { ... on Pet { name } } } fragment P on Pet { name } fragment U on DogOrHuman { __typename }");

    [Fact]
    public void Validate_InlineFragmentOfUnrelatedObject_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { ... on Cat { meows } } }",
            ("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", "1:9"));

    [Fact]
    public void Validate_SpreadOfDisjointUnion_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ humanOrAlien { ...CD } }\nfragment CD on CatOrDog { __typename }",
            ("Fragment \"CD\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"CatOrDog\".", "1:18"));

    [Fact]
    public void Validate_SpreadOfFragmentOnScalar_IsLeftToFragmentsOnCompositeTypes() =>
        RuleTester.ExpectValid(Rule, "{ dog { ...S } } fragment S on Boolean { x }");
}
