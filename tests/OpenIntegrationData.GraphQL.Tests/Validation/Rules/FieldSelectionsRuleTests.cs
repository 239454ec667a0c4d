using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class FieldSelectionsRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new FieldSelectionsRule();

    [Fact]
    public void Validate_KnownFieldsAliasesAndMetaFields_AreValid() =>
        RuleTester.ExpectValid(Rule, "{ d: dog { __typename n: name } pet { name ... on Dog { barks } } catOrDog { __typename } __schema { queryType { name } } __type(name: \"Dog\") { name } }");

    [Fact]
    public void Validate_MisspelledField_SuggestsTheFieldName() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { nmae } }",
            ("Cannot query field \"nmae\" on type \"Dog\". Did you mean \"name\"?", "1:9"));

    [Fact]
    public void Validate_FieldOfImplementationOnInterface_SuggestsInlineFragments() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ pet { barkVolume } }",
            ("Cannot query field \"barkVolume\" on type \"Pet\". Did you mean to use an inline fragment on \"Canine\" or \"Dog\"?", "1:9"));

    [Fact]
    public void Validate_FieldOnUnion_SuggestsMemberTypes() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ catOrDog { name } }",
            ("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", "1:14"));

    [Fact]
    public void Validate_SchemaMetaFieldBelowRoot_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { __schema { queryType { name } } } }",
            ("Cannot query field \"__schema\" on type \"Dog\".", "1:9"));
}
