using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new LoneAnonymousOperationRule();

    [Fact]
    public void Validate_OneAnonymousOperationWithFragments_IsValid() =>
        RuleTester.ExpectValid(Rule, "{ dog { ...F } } fragment F on Dog { name }");

    [Fact]
    public void Validate_AnonymousOperationBesideNamedOne_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ ping }\nquery Named { ping }",
            ("This anonymous operation must be the only defined operation.", "1:1"));
}
