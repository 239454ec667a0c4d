using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class OperationTypeExistenceRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new OperationTypeExistenceRule();

    [Fact]
    public void Validate_QueryOnQueryOnlySchema_IsValid() =>
        RuleTester.ExpectValid(Rule, "{ ping }", ValidationTestSchema.QueryOnly);

    [Fact]
    public void Validate_MutationAndSubscriptionWithoutRootTypes_AreReported() =>
        RuleTester.ExpectErrorsOn(
            ValidationTestSchema.QueryOnly,
            Rule,
            "mutation { ping }\nsubscription { ping }",
            ("The mutation operation is not supported by the schema.", "1:1"),
            ("The subscription operation is not supported by the schema.", "2:1"));
}
