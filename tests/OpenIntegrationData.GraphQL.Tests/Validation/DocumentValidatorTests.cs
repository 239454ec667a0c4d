using System.Text;
using OpenIntegrationData.GraphQL.Validation;

namespace OpenIntegrationData.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void Validate_FullIntrospectionQuery_IsValidWithAllRulesAndDefaultLimits() =>
        Assert.Empty(RuleTester.Validate(IntrospectionQuery.Full));

    [Fact]
    public void Validate_RealisticOperationWithFragmentsAndVariables_IsValid() =>
        Assert.Empty(RuleTester.Validate(
            """
            query Shop($command: DogCommand!, $withOwner: Boolean = false, $finder: String!) {
              dog {
                ...DogFields
                owner @include(if: $withOwner) { name pets { ...PetFields } }
              }
              catOrDog { __typename ... on Cat { meows } ...DogFields }
              complicatedArgs { oneOfArgField(oneOfArg: { name: $finder }) }
            }
            fragment DogFields on Dog { name barkVolume doesKnowCommand(dogCommand: $command) }
            fragment PetFields on Pet { name ... on Dog { barks } }
            """));

    [Fact]
    public void Validate_ManyErrors_StopsAtTheLimitWithOneTooManyErrorsError()
    {
        var document = new StringBuilder("{ ");
        for (var i = 0; i < 250; i++)
        {
            document.Append("unknown").Append(i).Append(' ');
        }

        document.Append('}');
        var errors = RuleTester.Validate(document.ToString(), options: new ValidationOptions { MaxErrors = 100 });
        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Equal("TOO_MANY_VALIDATION_ERRORS", errors[^1].Code);
    }

    [Fact]
    public void Validate_EveryError_CarriesACodeAndSpecLink()
    {
        var errors = RuleTester.Validate("query Q($x: Dog) { nope ...Missing dog @unknown { name(surname: 1) } }");
        Assert.NotEmpty(errors);
        Assert.All(errors, static e =>
        {
            Assert.False(string.IsNullOrEmpty(e.Code));
            Assert.Contains(e.Extensions, static x => x.Key == "specifiedBy" && ((string)x.Value!).StartsWith("https://spec.graphql.org/September2025/#sec-", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Validate_DepthOverTheLimitThroughFragments_IsReportedLikeHotChocolate()
    {
        var options = new ValidationOptions { MaxExecutionDepth = 3 };
        Assert.Empty(RuleTester.Validate("{ dog { owner { name } } }", options: options));
        var errors = RuleTester.Validate("query Deep { dog { ...O } }\nfragment O on Dog { owner { relatives { name } } }", options: options);
        var error = Assert.Single(errors);
        Assert.Equal("The GraphQL document has an execution depth of 4 which exceeds the max allowed execution depth of 3.", error.Message);
        Assert.Equal([new(1, 1)], error.Locations);
        Assert.Contains(error.Extensions, static e => e.Key == "allowedExecutionDepth" && (int)e.Value! == 3);
        Assert.Contains(error.Extensions, static e => e.Key == "detectedExecutionDepth" && (int)e.Value! == 4);
    }

    [Fact]
    public void Validate_DepthLimit_IsOffByDefault()
    {
        var document = new StringBuilder("{ human { ");
        for (var i = 0; i < 30; i++)
        {
            document.Append("relatives { ");
        }

        document.Append("name").Append('}', 31).Append(" }");
        Assert.Empty(RuleTester.Validate(document.ToString()));
    }

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

    [Fact]
    public void Validate_HostileDocumentWithFragmentCycleAndDeepNesting_ReturnsErrorsWithoutThrowing()
    {
        var document = "query Q { dog { ...A } } fragment A on Dog { owner { pets { ...B } } } fragment B on Dog { ...A }";
        var errors = RuleTester.Validate(document, options: new ValidationOptions { MaxExecutionDepth = 10 });
        Assert.Contains(errors, static e => e.Code == "FRAGMENT_SPREADS_MUST_NOT_FORM_CYCLES");
    }
}
