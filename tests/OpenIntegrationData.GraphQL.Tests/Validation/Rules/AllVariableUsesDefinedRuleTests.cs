using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class AllVariableUsesDefinedRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new AllVariableUsesDefinedRule();

    [Fact]
    public void Validate_VariablesUsedInFragmentsAndDirectives_AreValidWhenDefined() =>
        RuleTester.ExpectValid(Rule, "query Q($a: Boolean!, $b: Int) { dog @include(if: $a) { ...F } } fragment F on Dog { isAtLocation(x: $b) }");

    [Fact]
    public void Validate_UndefinedVariableInFragment_IsReportedPerOperation() =>
        RuleTester.ExpectErrors(
            Rule,
            "query A($x: Int) { dog { ...F } }\nquery B { dog { ...F } }\nfragment F on Dog { isAtLocation(x: $x, y: $y) }",
            ("Variable \"$y\" is not defined by operation \"A\".", "3:44 1:1"),
            ("Variable \"$x\" is not defined by operation \"B\".", "3:37 2:1"),
            ("Variable \"$y\" is not defined by operation \"B\".", "3:44 2:1"));

    [Fact]
    public void Validate_UndefinedVariableInAnonymousOperation_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ complicatedArgs { complexArgField(complexArg: { requiredField: $r }) } }",
            ("Variable \"$r\" is not defined.", "1:66 1:1"));
}
