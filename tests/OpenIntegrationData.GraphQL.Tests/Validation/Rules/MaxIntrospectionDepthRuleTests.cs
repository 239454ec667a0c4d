using OpenIntegrationData.GraphQL.Tests.Introspection;
using OpenIntegrationData.GraphQL.Validation;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class MaxIntrospectionDepthRuleTests
{
    [Fact]
    public void Validate_FullIntrospectionQuery_PassesTheGuard() =>
        Assert.Empty(RuleTester.Validate(IntrospectionQueries.Full));

    [Fact]
    public void Validate_CircularIntrospection_IsRefused()
    {
        var errors = RuleTester.Validate(
            """
            { __schema { types { ...T } } }
            fragment T on __Type { fields { type { fields { type { interfaces { name } } } } } }
            """);
        var error = Assert.Single(errors);
        Assert.Equal("Maximum introspection depth exceeded", error.Message);
        Assert.Equal("MAX_INTROSPECTION_DEPTH", error.Code);
        Assert.Equal([new(1, 3)], error.Locations);
    }

    [Fact]
    public void Validate_CircularIntrospection_PassesWhenTheGuardIsOff() =>
        Assert.Empty(RuleTester.Validate(
            "{ __type(name: \"Dog\") { fields { type { fields { type { fields { name } } } } } } }",
            options: new ValidationOptions { MaxIntrospectionDepth = null }));
}
