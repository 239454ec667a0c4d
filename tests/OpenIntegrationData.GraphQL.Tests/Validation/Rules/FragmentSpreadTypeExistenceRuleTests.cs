using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class FragmentSpreadTypeExistenceRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new FragmentSpreadTypeExistenceRule();

    [Fact]
    public void Validate_KnownAndIntrospectionTypeConditions_AreValid() =>
        RuleTester.ExpectValid(Rule, "{ pet { ... on Dog { name } ... { name } } __schema { types { ...T } } } fragment T on __Type { name }");

    [Fact]
    public void Validate_UnknownTypeConditions_AreReportedWithSuggestions() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ pet { ... on Dgo { name } } }\nfragment F on Xyzzy { name }",
            ("Unknown type \"Dgo\". Did you mean \"Dog\"?", "1:16"),
            ("Unknown type \"Xyzzy\".", "2:15"));
}
