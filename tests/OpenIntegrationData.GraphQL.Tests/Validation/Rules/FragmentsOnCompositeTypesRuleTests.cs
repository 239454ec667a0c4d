using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new FragmentsOnCompositeTypesRule();

    [Fact]
    public void Validate_ObjectInterfaceAndUnionConditions_AreValid() =>
        RuleTester.ExpectValid(Rule, "fragment A on Dog { name } fragment B on Pet { name } fragment C on CatOrDog { __typename }");

    [Fact]
    public void Validate_ScalarAndEnumConditions_AreReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "fragment S on Boolean { x }\n{ dog { ... on FurColor { x } } }",
            ("Fragment \"S\" cannot condition on non composite type \"Boolean\".", "1:15"),
            ("Fragment cannot condition on non composite type \"FurColor\".", "2:16"));
}
