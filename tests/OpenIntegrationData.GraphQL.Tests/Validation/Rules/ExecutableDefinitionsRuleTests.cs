using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new ExecutableDefinitionsRule();

    [Fact]
    public void Validate_OperationsAndFragments_AreValid() =>
        RuleTester.ExpectValid(Rule, "query Q { dog { ...F } } fragment F on Dog { name }");

    [Fact]
    public void Validate_TypeDefinitions_AreReportedByName()
    {
        var errors = RuleTester.ExpectErrors(
            Rule,
            """
            query Q { dog { name } }
            type Cow { name: String }
            extend type Dog { color: String }
            schema { query: Query }
            """,
            ("The \"Cow\" definition is not executable.", "2:1"),
            ("The \"Dog\" definition is not executable.", "3:1"),
            ("The schema definition is not executable.", "4:1"));
        Assert.Equal("EXECUTABLE_DEFINITIONS", errors[0].Code);
        Assert.Contains(errors[0].Extensions, static e => e.Key == "specifiedBy" && (string?)e.Value == "https://spec.graphql.org/September2025/#sec-Executable-Definitions");
    }
}
